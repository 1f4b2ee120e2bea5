package dev.association.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.ValueType;

/**
 * A rendered statement keyed by a list of parent keys: the text before and after the key condition, so that each
 * batch of keys only adds its condition ({@code = ANY(?)} or {@code IN (?, ?, ...)}, {@code = ?} for a single key)
 * and the rest is rendered once.
 * @param head the SQL before the key condition
 * @param tail the SQL after the key condition
 * @param headValues the values bound before the keys
 * @param tailValues the values bound after the keys
 * @param keyColumn the qualified, quoted column the keys are tested against
 */
public record KeyedSelect(String head, String tail, List<BoundValue> headValues, List<BoundValue> tailValues,
		String keyColumn) {

	/**
	 * The statement for a batch of keys.
	 * @param dialect the dialect
	 * @param keyCount the number of keys in the batch
	 * @return the SQL
	 */
	public String sql(SqlDialect dialect, int keyCount) {
		StringBuilder sql = new StringBuilder(this.head.length() + this.tail.length() + 16 + 3 * keyCount);
		sql.append(this.head);
		// one parent is a plain equality; several are one array where the dialect binds arrays
		sql.append(KeyConditions.inList(dialect, this.keyColumn, keyCount, true));
		return sql.append(this.tail).toString();
	}

	/**
	 * Binds a batch of keys the way {@link #sql(SqlDialect, int)} renders their condition.
	 * @param dialect the dialect
	 * @param statement the statement
	 * @param index the index of the first key parameter
	 * @param type the key type
	 * @param keys the keys of the batch
	 * @return the next parameter index
	 * @throws SQLException on a driver error
	 */
	public int bindKeys(SqlDialect dialect, PreparedStatement statement, int index, ValueType type, List<Object> keys)
			throws SQLException {
		if (keys.size() == 1) {
			dialect.bind(statement, index, type, keys.get(0));
			return index + 1;
		}
		if (dialect.supportsArrayParameters()) {
			dialect.bindArray(statement, index, type, keys);
			return index + 1;
		}
		int next = index;
		for (Object key : keys) {
			dialect.bind(statement, next++, type, key);
		}
		return next;
	}

	/**
	 * The number of values bound besides the keys.
	 * @return the count
	 */
	public int otherValueCount() {
		return this.headValues.size() + this.tailValues.size();
	}

}
