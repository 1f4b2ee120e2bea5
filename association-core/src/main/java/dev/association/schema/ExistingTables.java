package dev.association.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The tables that exist in the schemas the models use, read through {@link DatabaseMetaData}: names and columns
 * compared case-insensitively, and the single-column unique keys of a table on demand. A schema is a catalog where
 * the driver says schemas are catalogs (MariaDB's databases), a schema otherwise; the empty schema is the
 * connection's current one.
 */
final class ExistingTables {

	private final Connection connection;

	private final DatabaseMetaData metaData;

	private final Map<String, Map<String, Table>> bySchema = new HashMap<>();

	private ExistingTables(Connection connection) throws SQLException {
		this.connection = connection;
		this.metaData = connection.getMetaData();
	}

	/**
	 * Reads the tables and columns of some schemas.
	 * @param connection an open connection, used until the caller closes it
	 * @param schemas the schemas, the empty string for the connection's current one
	 * @return the tables
	 * @throws SQLException on a driver error
	 */
	static ExistingTables read(Connection connection, Collection<String> schemas) throws SQLException {
		ExistingTables existing = new ExistingTables(connection);
		for (String schema : new LinkedHashSet<>(schemas)) {
			existing.bySchema.put(key(schema), existing.tablesOf(schema));
		}
		return existing;
	}

	/**
	 * A table, if it exists.
	 * @param schema the schema, empty for the current one
	 * @param table the table name
	 * @return the table, or null
	 */
	@Nullable Table find(String schema, String table) {
		Map<String, Table> tables = this.bySchema.get(key(schema));
		return (tables != null) ? tables.get(key(table)) : null;
	}

	/**
	 * Whether a primary key or a unique index of the table covers exactly this column.
	 * @param table an existing table
	 * @param column the column
	 * @return true when the column is unique
	 * @throws SQLException on a driver error
	 */
	boolean isUnique(Table table, String column) throws SQLException {
		Map<String, Set<String>> keys = new HashMap<>();
		try (ResultSet rs = this.metaData.getIndexInfo(table.catalog(), table.schema(), table.name(), true, false)) {
			while (rs.next()) {
				String index = rs.getString("INDEX_NAME");
				String indexed = rs.getString("COLUMN_NAME");
				if (index != null && indexed != null) {
					keys.computeIfAbsent(index, (k) -> new HashSet<>()).add(key(indexed));
				}
			}
		}
		Set<String> primaryKey = new HashSet<>();
		try (ResultSet rs = this.metaData.getPrimaryKeys(table.catalog(), table.schema(), table.name())) {
			while (rs.next()) {
				primaryKey.add(key(rs.getString("COLUMN_NAME")));
			}
		}
		Set<String> wanted = Set.of(key(column));
		return primaryKey.equals(wanted) || keys.values().stream().anyMatch(wanted::equals);
	}

	/**
	 * The connection's current schema: its catalog where schemas are catalogs (MariaDB's current database).
	 * @param connection the connection
	 * @return the schema name, empty when the driver knows none
	 * @throws SQLException on a driver error
	 */
	static String currentSchema(Connection connection) throws SQLException {
		String current = schemasAreCatalogs(connection.getMetaData()) ? connection.getCatalog()
				: connection.getSchema();
		return (current != null) ? current : "";
	}

	private static boolean schemasAreCatalogs(DatabaseMetaData metaData) throws SQLException {
		return !metaData.supportsSchemasInTableDefinitions() && metaData.supportsCatalogsInTableDefinitions();
	}

	private Map<String, Table> tablesOf(String schema) throws SQLException {
		boolean catalogs = schemasAreCatalogs(this.metaData);
		String catalog;
		String schemaPattern;
		if (schema.isEmpty()) {
			catalog = this.connection.getCatalog();
			schemaPattern = this.connection.getSchema();
		}
		else if (catalogs) {
			catalog = schema;
			schemaPattern = null;
		}
		else {
			catalog = this.connection.getCatalog();
			schemaPattern = fold(schema);
		}
		Map<String, Table> tables = new TreeMap<>();
		try (ResultSet rs = this.metaData.getTables(catalog, schemaPattern, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String owner = catalogs ? rs.getString("TABLE_CAT") : rs.getString("TABLE_SCHEM");
				if (schema.isEmpty() || schema.equalsIgnoreCase(owner)) {
					String name = rs.getString("TABLE_NAME");
					tables.put(key(name), new Table(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"), name,
							new HashSet<>(), new HashSet<>()));
				}
			}
		}
		try (ResultSet rs = this.metaData.getColumns(catalog, schemaPattern, "%", "%")) {
			while (rs.next()) {
				Table table = tables.get(key(rs.getString("TABLE_NAME")));
				String owner = catalogs ? rs.getString("TABLE_CAT") : rs.getString("TABLE_SCHEM");
				if (table != null && (schema.isEmpty() || schema.equalsIgnoreCase(owner))) {
					table.columns().add(key(rs.getString("COLUMN_NAME")));
					if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) {
						table.notNullColumns().add(key(rs.getString("COLUMN_NAME")));
					}
				}
			}
		}
		return tables;
	}

	private String fold(String identifier) throws SQLException {
		if (this.metaData.storesUpperCaseIdentifiers()) {
			return identifier.toUpperCase(Locale.ROOT);
		}
		return this.metaData.storesLowerCaseIdentifiers() ? identifier.toLowerCase(Locale.ROOT) : identifier;
	}

	private static String key(@Nullable String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * One existing table, as the driver names it.
	 * @param catalog its catalog
	 * @param schema its schema
	 * @param name its name
	 * @param columns its columns, lower-cased
	 * @param notNullColumns those of its columns that refuse NULL, lower-cased
	 */
	record Table(@Nullable String catalog, @Nullable String schema, String name, Set<String> columns,
			Set<String> notNullColumns) {

	}

}
