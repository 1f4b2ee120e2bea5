package dev.association.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Reads a created schema back through {@link DatabaseMetaData}, lower-casing names so that assertions read the
 * same on every database.
 */
public final class SchemaInspector {

	private final DataSource dataSource;

	public SchemaInspector(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** One foreign key as the database reports it. */
	public record ForeignKey(String column, String referencedTable, String referencedColumn, String onDelete,
			String onUpdate) {

	}

	/** One column as the database reports it. */
	public record ColumnInfo(String name, String type, boolean nullable) {

	}

	public Set<String> tables() {
		return query((con, md) -> {
			Set<String> names = new LinkedHashSet<>();
			try (ResultSet rs = md.getTables(con.getCatalog(), con.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					names.add(lower(rs.getString("TABLE_NAME")));
				}
			}
			return names;
		});
	}

	public Map<String, ColumnInfo> columns(String table) {
		return query((con, md) -> {
			Map<String, ColumnInfo> columns = new LinkedHashMap<>();
			try (ResultSet rs = md.getColumns(con.getCatalog(), con.getSchema(), name(md, table), "%")) {
				while (rs.next()) {
					String name = lower(rs.getString("COLUMN_NAME"));
					columns.put(name, new ColumnInfo(name, lower(rs.getString("TYPE_NAME")),
							rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
				}
			}
			return columns;
		});
	}

	public List<String> primaryKey(String table) {
		return query((con, md) -> {
			Map<Short, String> byPosition = new java.util.TreeMap<>();
			try (ResultSet rs = md.getPrimaryKeys(con.getCatalog(), con.getSchema(), name(md, table))) {
				while (rs.next()) {
					byPosition.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
				}
			}
			return new ArrayList<>(byPosition.values());
		});
	}

	public List<ForeignKey> foreignKeys(String table) {
		return query((con, md) -> {
			List<ForeignKey> keys = new ArrayList<>();
			try (ResultSet rs = md.getImportedKeys(con.getCatalog(), con.getSchema(), name(md, table))) {
				while (rs.next()) {
					keys.add(new ForeignKey(lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKTABLE_NAME")),
							lower(rs.getString("PKCOLUMN_NAME")), rule(rs.getShort("DELETE_RULE")),
							rule(rs.getShort("UPDATE_RULE"))));
				}
			}
			return keys;
		});
	}

	/** The index (or key) column lists of a table, unique or not: each list in key order. */
	public Map<String, List<String>> indexes(String table, boolean uniqueOnly) {
		return query((con, md) -> {
			Map<String, Map<Short, String>> indexes = new LinkedHashMap<>();
			try (ResultSet rs = md.getIndexInfo(con.getCatalog(), con.getSchema(), name(md, table), uniqueOnly, false)) {
				while (rs.next()) {
					String index = rs.getString("INDEX_NAME");
					String column = rs.getString("COLUMN_NAME");
					if (index == null || column == null) {
						continue;
					}
					indexes.computeIfAbsent(lower(index), (k) -> new java.util.TreeMap<>())
						.put(rs.getShort("ORDINAL_POSITION"), lower(column));
				}
			}
			Map<String, List<String>> result = new LinkedHashMap<>();
			indexes.forEach((name, columns) -> result.put(name, new ArrayList<>(columns.values())));
			return result;
		});
	}

	/** Whether some index (or key) of the table starts with this column. */
	public boolean isIndexed(String table, String column) {
		return indexes(table, false).values().stream().anyMatch((columns) -> columns.get(0).equals(column));
	}

	private static String rule(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> "CASCADE";
			case DatabaseMetaData.importedKeySetNull -> "SET_NULL";
			case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
			case DatabaseMetaData.importedKeyNoAction -> "NO_ACTION";
			case DatabaseMetaData.importedKeySetDefault -> "SET_DEFAULT";
			default -> "?" + rule;
		};
	}

	private static String name(DatabaseMetaData md, String table) throws SQLException {
		if (md.storesUpperCaseIdentifiers()) {
			return table.toUpperCase(Locale.ROOT);
		}
		return md.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private <T> T query(MetaDataQuery<T> query) {
		try (Connection connection = this.dataSource.getConnection()) {
			return query.apply(connection, connection.getMetaData());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface MetaDataQuery<T> {

		T apply(Connection connection, DatabaseMetaData metaData) throws SQLException;

	}

}
