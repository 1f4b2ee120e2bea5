package dev.association.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.association.Dialect;
import dev.association.execution.Operation;
import dev.association.execution.StatementFailures;
import dev.association.metadata.Metamodel;
import dev.association.schema.TableDefinition.ColumnDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The {@link Schema} of one engine, on its {@link JdbcOperations}.
 */
public final class JdbcSchema implements Schema {

	private static final Logger logger = LoggerFactory.getLogger(JdbcSchema.class);

	private final Metamodel metamodel;

	private final Dialect dialect;

	private final JdbcOperations jdbc;

	private final StatementFailures failures;

	public JdbcSchema(Metamodel metamodel, Dialect dialect, JdbcOperations jdbc) {
		this.metamodel = metamodel;
		this.dialect = dialect;
		this.jdbc = jdbc;
		this.failures = new StatementFailures(jdbc);
	}

	private List<TableDefinition> tables() {
		return new SchemaPlanner(this.metamodel, this.dialect.indexesForeignKeysAutomatically()).plan();
	}

	@Override
	public void create() {
		List<TableDefinition> tables = tables();
		Set<String> existing = existingTables();
		DdlWriter writer = new DdlWriter(this.dialect);
		for (TableDefinition table : tables) {
			if (existing.contains(table.table().toLowerCase(Locale.ROOT))) {
				continue;
			}
			Operation.run("create the table of", table.model(), () -> {
				for (String statement : writer.create(List.of(table))) {
					execute(statement);
				}
			});
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
				.map((m) -> new TableDefinition(m, List.of(), List.of(), List.of(), List.of(), List.of()))
				.toList();
		}
		List<TableDefinition> dropped = tables;
		Operation.run("drop the tables of", "the models " + this.metamodel.tables().stream().map((m) -> m.name()).toList(),
				() -> new DdlWriter(this.dialect).drop(dropped).forEach(this::execute));
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
		List<String> statements = new DdlWriter(this.dialect).create(tables());
		return "-- Schema of the association models, for " + this.dialect.name() + " (Flyway-ready)\n\n"
				+ String.join(";\n\n", statements) + ";\n";
	}

	@Override
	public void validate() {
		Map<String, Set<String>> columns = Operation.run("validate the schema of", "the models",
				this::existingColumns);
		List<String> mismatches = new ArrayList<>();
		for (TableDefinition table : tables()) {
			Set<String> present = columns.get(table.table().toLowerCase(Locale.ROOT));
			String what = table.model().isSynthetic() ? "join table" : "table";
			if (present == null) {
				mismatches.add(what + " '" + table.table() + "' (" + table.model().name() + ") is missing");
				continue;
			}
			for (ColumnDefinition column : table.columns()) {
				if (!present.contains(column.attribute().column().toLowerCase(Locale.ROOT))) {
					mismatches.add("column '" + table.table() + "." + column.attribute().column() + "' ("
							+ table.model().name() + "." + column.attribute().name() + ") is missing");
				}
			}
		}
		if (!mismatches.isEmpty()) {
			throw new SchemaValidationException(mismatches);
		}
	}

	private Set<String> existingTables() {
		return existingColumns().keySet();
	}

	private Map<String, Set<String>> existingColumns() {
		Map<String, Set<String>> result = this.jdbc.execute((ConnectionCallback<Map<String, Set<String>>>) (con) -> {
			Map<String, Set<String>> tables = new HashMap<>();
			DatabaseMetaData metaData = con.getMetaData();
			try (ResultSet rs = metaData.getTables(con.getCatalog(), schema(con), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.put(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), new HashSet<>());
				}
			}
			try (ResultSet rs = metaData.getColumns(con.getCatalog(), schema(con), "%", "%")) {
				while (rs.next()) {
					Set<String> table = tables.get(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
					if (table != null) {
						table.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
			return tables;
		});
		return (result != null) ? result : Map.of();
	}

	private static String schema(Connection connection) throws SQLException {
		return connection.getSchema();
	}

}
