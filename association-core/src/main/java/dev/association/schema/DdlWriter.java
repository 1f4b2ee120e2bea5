package dev.association.schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.schema.TableDefinition.ColumnDefinition;
import dev.association.schema.TableDefinition.ForeignKey;
import dev.association.sql.TableNames;
import org.jspecify.annotations.Nullable;

/**
 * Renders table definitions as DDL statements in the dialect's spelling. Every identifier comes from metadata
 * and is quoted; defaults are literals from field initialisers, escaped.
 */
final class DdlWriter {

	private final SqlDialect dialect;

	private final TableNames names;

	private final Supplier<String> currentSchema;

	private @Nullable String current;

	/**
	 * A writer of DDL.
	 * @param dialect the dialect
	 * @param names the quoted table names
	 * @param currentSchema the connection's current schema, asked for only to name a table of the current schema
	 * that a table in another schema references
	 */
	DdlWriter(SqlDialect dialect, TableNames names, Supplier<String> currentSchema) {
		this.dialect = dialect;
		this.names = names;
		this.currentSchema = currentSchema;
	}

	/**
	 * The statements that create the schemas the tables live in (other than the current one), unless they exist.
	 */
	List<String> createSchemas(List<TableDefinition> tables) {
		return tables.stream()
			.map((table) -> table.model().schema())
			.filter((schema) -> !schema.isEmpty())
			.distinct()
			.map(this.dialect::createSchemaIfNotExists)
			.toList();
	}

	List<String> create(List<TableDefinition> tables) {
		List<String> statements = new ArrayList<>();
		for (TableDefinition table : tables) {
			statements.add(createTable(table));
			for (String column : table.indexedColumns()) {
				// an index lives in the schema of its table: its name is not qualified
				statements.add("CREATE INDEX " + q(name(table.table(), column, "")) + " ON " + table(table) + " ("
						+ q(column) + ")");
			}
		}
		return statements;
	}

	List<String> drop(List<TableDefinition> tables) {
		List<String> statements = new ArrayList<>();
		for (int i = tables.size() - 1; i >= 0; i--) {
			statements.add(this.dialect.dropTableIfExists(table(tables.get(i))));
		}
		return statements;
	}

	private String table(TableDefinition table) {
		return this.names.of(table.model());
	}

	private String createTable(TableDefinition table) {
		List<String> parts = new ArrayList<>();
		for (ColumnDefinition column : table.columns()) {
			parts.add(column(table, column));
		}
		if (!table.primaryKey().isEmpty()) {
			parts.add("PRIMARY KEY (" + columns(table.primaryKey()) + ")");
		}
		for (List<String> unique : table.uniqueKeys()) {
			parts.add("CONSTRAINT " + q(name(table.table(), String.join("_", unique), "_key")) + " UNIQUE ("
					+ columns(unique) + ")");
		}
		for (ForeignKey foreignKey : table.foreignKeys()) {
			parts.add("CONSTRAINT " + q(name(table.table(), foreignKey.column(), "_fkey")) + " FOREIGN KEY ("
					+ q(foreignKey.column()) + ") REFERENCES " + referenced(table, foreignKey) + " ("
					+ q(foreignKey.referencedColumn()) + ") ON DELETE " + foreignKey.onDelete().sql() + " ON UPDATE "
					+ foreignKey.onUpdate().sql());
		}
		return "CREATE TABLE IF NOT EXISTS " + table(table) + " (\n  " + String.join(",\n  ", parts) + "\n)";
	}

	/**
	 * The referenced table of a constraint. H2 and MariaDB resolve an unqualified table in a constraint in the schema
	 * of the table being created, so a table of the current schema referenced from another schema is named with the
	 * current schema.
	 */
	private String referenced(TableDefinition table, ForeignKey foreignKey) {
		ModelMetadata referenced = foreignKey.referenced();
		if (referenced.schema().isEmpty() && !table.model().schema().isEmpty()) {
			if (this.current == null) {
				this.current = this.currentSchema.get();
			}
			return this.dialect.qualifiedTable(this.current, referenced.table());
		}
		return this.names.of(referenced);
	}

	private String column(TableDefinition table, ColumnDefinition column) {
		Attribute attribute = column.attribute();
		if (attribute.isGenerated() && table.primaryKey().equals(List.of(attribute.column()))) {
			return q(attribute.column()) + " " + this.dialect.generatedKeyColumn(attribute) + " NOT NULL";
		}
		String literal = literal(attribute.defaultValue());
		return q(attribute.column()) + " " + this.dialect.columnType(attribute)
				+ ((literal != null) ? " DEFAULT " + literal : "") + (column.nullable() ? "" : " NOT NULL");
	}

	private @Nullable String literal(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = (value instanceof Enum<?> e) ? e.name() : value.toString();
		return this.dialect.stringLiteral(text);
	}

	private String columns(List<String> columns) {
		return columns.stream().map(this::q).collect(Collectors.joining(", "));
	}

	private String q(String identifier) {
		return this.dialect.quote(identifier);
	}

	/**
	 * A constraint or index name, {@code <table>_<column><suffix>} without the schema (constraints and indexes live
	 * in their table's schema, so names stay unique per schema and need no dot), shortened with a checksum when the
	 * database would not take it whole.
	 */
	private String name(String table, String column, String suffix) {
		String name = table + "_" + column + suffix;
		int max = this.dialect.maxIdentifierLength();
		if (name.length() <= max) {
			return name;
		}
		CRC32 crc = new CRC32();
		crc.update(name.getBytes(StandardCharsets.UTF_8));
		String hash = Long.toHexString(crc.getValue());
		return name.substring(0, max - hash.length() - 1) + "_" + hash;
	}

}
