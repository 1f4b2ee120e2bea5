package dev.association.execution;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.ValueType;
import dev.association.sql.KeyConditions;
import dev.association.sql.KeyedSelect;
import org.jspecify.annotations.Nullable;

/**
 * A compiled statement keyed by a batch of parent keys: its text for one key and, on a dialect with array
 * parameters, for any number of keys, each rendered once, when first run (a statement of a level whose parents are
 * never read is never rendered); on other dialects the keys are an {@code IN} list, rendered for each batch size, in
 * batches that keep under the dialect's parameter limit. Its state never changes but for those two texts, which
 * are the same whichever thread renders them.
 */
final class KeyedStatement {

	private final SqlDialect dialect;

	private final KeyedSelect select;

	private final BoundParameters head;

	private final BoundParameters tail;

	private final ValueType keyType;

	private final boolean arrays;

	private @Nullable String singleKeySql;

	private @Nullable String arraySql;

	private final int batchSize;

	KeyedStatement(SqlDialect dialect, KeyedSelect select, ValueType keyType) {
		this.dialect = dialect;
		this.select = select;
		this.head = BoundParameters.of(select.headValues());
		this.tail = BoundParameters.of(select.tailValues());
		this.keyType = keyType;
		this.arrays = dialect.supportsArrayParameters();
		this.batchSize = this.arrays ? Integer.MAX_VALUE : KeyConditions.chunkSize(dialect, otherValueCount());
	}

	/**
	 * The most keys one statement takes.
	 */
	int batchSize() {
		return this.batchSize;
	}

	/**
	 * The statement for a batch of keys.
	 */
	String sql(int keyCount) {
		if (keyCount == 1) {
			String sql = this.singleKeySql;
			if (sql == null) {
				sql = this.select.sql(this.dialect, 1);
				this.singleKeySql = sql;
			}
			return sql;
		}
		if (this.arrays) {
			String sql = this.arraySql;
			if (sql == null) {
				sql = this.select.sql(this.dialect, keyCount);
				this.arraySql = sql;
			}
			return sql;
		}
		return this.select.sql(this.dialect, keyCount);
	}

	/**
	 * The number of values bound with a batch of keys (as the SQL log reports them).
	 */
	int valueCount(int keyCount) {
		return otherValueCount() + keyCount;
	}

	/**
	 * Binds the values of one execution and a batch of keys.
	 */
	void bind(PreparedStatement statement, @Nullable Object[] values, List<Object> keys) throws SQLException {
		int index = this.head.bind(this.dialect, statement, 1, values);
		index = this.select.bindKeys(this.dialect, statement, index, this.keyType, keys);
		this.tail.bind(this.dialect, statement, index, values);
	}

	private int otherValueCount() {
		return this.head.size() + this.tail.size();
	}

}
