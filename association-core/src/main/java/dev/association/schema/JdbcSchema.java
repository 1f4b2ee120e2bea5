package dev.association.schema;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.association.Schema;
import dev.association.SchemaValidationException;
import dev.association.dialect.SqlDialect;
import dev.association.execution.Operation;
import dev.association.execution.StatementFailures;
import dev.association.metadata.Attribute;
import dev.association.metadata.Metamodel;
import dev.association.schema.TableDefinition.ColumnDefinition;
import dev.association.schema.TableDefinition.ReferencedKey;
import dev.association.sql.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.util.Assert;

/**
 * The {@link Schema} of one engine, on its {@link JdbcOperations}.
 */
public final class JdbcSchema implements Schema {

	private static final Logger logger = LoggerFactory.getLogger(JdbcSchema.class);

	private final Metamodel metamodel;

	private final SqlDialect dialect;

	private final JdbcOperations jdbc;

	private final TableNames names;

	private final StatementFailures failures;

	/**
	 * The schema of an engine's models.
	 * @param metamodel the models
	 * @param dialect the dialect
	 * @param jdbc the JDBC operations
	 * @param names the quoted table names
	 */
	public JdbcSchema(Metamodel metamodel, SqlDialect dialect, JdbcOperations jdbc, TableNames names) {
		this.metamodel = metamodel;
		this.dialect = dialect;
		this.jdbc = jdbc;
		this.names = names;
		this.failures = new StatementFailures(jdbc);
	}

	/**
	 * The schema of an engine's models, computing the quoted table names.
	 * @param metamodel the models
	 * @param dialect the dialect
	 * @param jdbc the JDBC operations
	 */
	public JdbcSchema(Metamodel metamodel, SqlDialect dialect, JdbcOperations jdbc) {
		this(metamodel, dialect, jdbc, new TableNames(metamodel, dialect));
	}

	private List<TableDefinition> tables() {
		return new SchemaPlanner(this.metamodel, this.dialect.indexesForeignKeysAutomatically()).plan();
	}

	@Override
	public void create() {
		List<TableDefinition> tables = tables();
		DdlWriter writer = new DdlWriter(this.dialect, this.names, this::currentSchema);
		Operation.run("create the schemas of", "the models", () -> writer.createSchemas(tables).forEach(this::execute));
		List<TableDefinition> missing = existing(tables, (existing) -> tables.stream()
			.filter((table) -> existing.find(schemaOf(table), table.table()) == null)
			.toList());
		for (TableDefinition table : missing) {
			Operation.run("create the table of", table.model(),
					() -> writer.create(List.of(table)).forEach(this::execute));
		}
	}

	@Override
	public void drop() {
		List<TableDefinition> tables;
		try {
			tables = tables();
		}
		catch (dev.association.AssociationDefinitionException ex) {
			// a cyclic model cannot have been created; drop what may exist in registration order
			tables = this.metamodel.tables().stream()
				.map((m) -> new TableDefinition(m, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
				.toList();
		}
		List<TableDefinition> dropped = tables;
		Operation.run("drop the tables of", "the models " + this.metamodel.tables().stream().map((m) -> m.name()).toList(),
				() -> new DdlWriter(this.dialect, this.names, this::currentSchema).drop(dropped).forEach(this::execute));
	}

	/**
	 * Runs one DDL statement; a failure names the current operation and holds the statement's text.
	 */
	private void execute(String sql) {
		logger.debug("{}", sql);
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
				return null;
			}
			catch (SQLException ex) {
				throw this.failures.translate(sql, ex);
			}
		});
	}

	@Override
	public String ddl() {
		List<TableDefinition> tables = tables();
		DdlWriter writer = new DdlWriter(this.dialect, this.names, this::currentSchema);
		List<String> statements = new ArrayList<>(writer.createSchemas(tables));
		statements.addAll(writer.create(tables));
		return "-- Schema of the association models, for " + this.dialect.name() + " (Flyway-ready)\n\n"
				+ String.join(";\n\n", statements) + ";\n";
	}

	@Override
	public void validate() {
		List<TableDefinition> tables = tables();
		List<String> mismatches = Operation.run("validate the schema of", "the models",
				() -> existing(tables, (existing) -> {
					List<String> found = new ArrayList<>();
					for (TableDefinition table : tables) {
						mismatches(table, existing, found);
					}
					return found;
				}));
		if (!mismatches.isEmpty()) {
			throw new SchemaValidationException(mismatches);
		}
	}

	private static void mismatches(TableDefinition table, ExistingTables existing, List<String> mismatches)
			throws SQLException {
		ExistingTables.Table present = existing.find(schemaOf(table), table.table());
		String what = table.model().isSynthetic() ? "join table" : "table";
		String name = table.model().qualifiedTable();
		if (present == null) {
			mismatches.add(what + " '" + name + "' (" + table.model().name() + ") is missing");
			return;
		}
		for (ColumnDefinition column : table.columns()) {
			if (!present.columns().contains(column.attribute().column().toLowerCase(Locale.ROOT))) {
				mismatches.add("column '" + name + "." + column.attribute().column() + "' ("
						+ table.model().name() + "." + column.attribute().name() + ") is missing");
			}
		}
		Attribute deletedAt = table.model().deletedAt();
		if (deletedAt != null && present.notNullColumns().contains(deletedAt.column().toLowerCase(Locale.ROOT))) {
			mismatches.add("column '" + name + "." + deletedAt.column() + "' (" + table.model().name()
					+ ".deletedAt) is NOT NULL, but " + table.model().name()
					+ " is paranoid: it must accept NULL, the value of every row not soft-deleted");
		}
		for (ReferencedKey key : table.referencedKeys()) {
			String column = key.attribute().column();
			if (present.columns().contains(column.toLowerCase(Locale.ROOT)) && !existing.isUnique(present, column)) {
				mismatches.add("unique key on '" + name + "." + column + "' (" + table.model().name() + "."
						+ key.attribute().name() + ", referenced by " + key.origin() + ") is missing");
			}
		}
	}

	/**
	 * The connection's current schema, for constraints of tables in another schema that reference a table in it.
	 */
	private String currentSchema() {
		String current = this.jdbc.execute((ConnectionCallback<String>) ExistingTables::currentSchema);
		return (current != null) ? current : "";
	}

	private static String schemaOf(TableDefinition table) {
		return table.model().schema();
	}

	private <T> T existing(List<TableDefinition> tables, MetaDataWork<T> work) {
		List<String> schemas = tables.stream().map(JdbcSchema::schemaOf).distinct().toList();
		T result = this.jdbc.execute((ConnectionCallback<T>) (con) -> work.apply(ExistingTables.read(con, schemas)));
		Assert.state(result != null, "No result from the database metadata");
		return result;
	}

	@FunctionalInterface
	private interface MetaDataWork<T> {

		T apply(ExistingTables existing) throws SQLException;

	}

}
