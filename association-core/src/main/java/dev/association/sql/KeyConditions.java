package dev.association.sql;

import java.util.ArrayList;
import java.util.List;

import dev.association.dialect.BoundList;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.ValueType;

/**
 * The condition that tests a column against a list of keys, for reads (the parents of an include level) and writes
 * (the targets of an accessor): {@code = ?} for one key; on a database that binds arrays, one array parameter
 * however many keys; elsewhere {@code IN (?, ...)} lists split under the dialect's parameter limit, one per
 * statement.
 */
public final class KeyConditions {

	private KeyConditions() {
	}

	/**
	 * The key conditions of a write's statements, one per statement: {@code "id" = ?} for one key,
	 * {@code "id" IN (SELECT UNNEST(?))} with one array where the dialect binds lists of the key type (PostgreSQL),
	 * else {@code "id" IN (?, ?, ...)} chunks that fit next to the statement's other parameters.
	 * @param dialect the dialect
	 * @param column the qualified, quoted column
	 * @param type the key type
	 * @param keys the keys, none null
	 * @param otherValues the number of the statement's other bound values
	 * @return the conditions, none for no keys
	 */
	public static List<SqlFragment> of(SqlDialect dialect, String column, ValueType type, List<?> keys,
			int otherValues) {
		if (keys.size() > 1 && dialect.supportsArrayParameters() && dialect.bindsListsOf(type)) {
			return List.of(new SqlFragment(column + " IN (" + dialect.boundListRows(type) + ")",
					List.of(new BoundValue(type, new BoundList(keys)))));
		}
		List<SqlFragment> conditions = new ArrayList<>();
		for (List<?> chunk : chunks(keys, chunkSize(dialect, otherValues))) {
			List<BoundValue> values = new ArrayList<>(chunk.size());
			for (Object key : chunk) {
				values.add(new BoundValue(type, key));
			}
			conditions.add(new SqlFragment(inList(dialect, column, chunk.size(), false), values));
		}
		return conditions;
	}

	/**
	 * The condition for a batch of keys bound one by one, or as one array where the dialect takes array parameters
	 * and {@code arrays} asks for it: {@code "id" = ?}, {@code "id" = ANY(?)}, {@code "id" IN (?, ?, ...)}.
	 * @param dialect the dialect
	 * @param column the qualified, quoted column
	 * @param keyCount the number of keys
	 * @param arrays whether more than one key is bound as one array ({@link SqlDialect#anyOfArray})
	 * @return the SQL
	 */
	static String inList(SqlDialect dialect, String column, int keyCount, boolean arrays) {
		if (keyCount == 1) {
			// one key (a point lookup): the plain equality the database plans best, on every dialect
			return column + " = ?";
		}
		if (arrays && dialect.supportsArrayParameters()) {
			return dialect.anyOfArray(column);
		}
		StringBuilder sql = new StringBuilder(column.length() + 6 + 3 * keyCount).append(column).append(" IN (");
		for (int i = 0; i < keyCount; i++) {
			sql.append((i > 0) ? ", ?" : "?");
		}
		return sql.append(')').toString();
	}

	/**
	 * How many keys fit in one IN list next to a statement's other parameters: the dialect's parameter limit.
	 * @param dialect the dialect
	 * @param otherValues the statement's other bound values
	 * @return the chunk size, at least 1
	 */
	public static int chunkSize(SqlDialect dialect, int otherValues) {
		return Math.max(1, dialect.maxParameters() - otherValues);
	}

	/**
	 * Splits values into chunks of a size (views of the list).
	 * @param <T> the value type
	 * @param values the values
	 * @param size the chunk size
	 * @return the chunks, none for no values
	 */
	public static <T> List<List<T>> chunks(List<T> values, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < values.size(); from += size) {
			chunks.add(values.subList(from, Math.min(values.size(), from + size)));
		}
		return chunks;
	}

}
