package dev.association.execution;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target of a to-many level's row, with its join row in the through field, and the row's parent key and
 * row key. Made per execution from a {@link CompiledTarget}.
 */
final class TargetReader {

	private final CompiledTarget target;

	private final NodeReader node;

	TargetReader(CompiledTarget target, NodeReader node) {
		this.target = target;
		this.node = node;
	}

	/**
	 * The attribute of a target instance that holds its parent key, or null when the key is read from its column
	 * (see {@link CompiledTarget#keyInInstance}).
	 */
	@Nullable Attribute keyInInstance() {
		return this.target.keyInInstance;
	}

	@Nullable Object key(ResultSet resultSet) throws SQLException {
		ColumnReader reader = this.target.keyReader;
		return (reader != null) ? reader.read(resultSet, this.target.keyColumn) : null;
	}

	/**
	 * The row key of the current row: the same for the consecutive rows of one target of one parent.
	 */
	@Nullable Object rowKey(ResultSet resultSet) throws SQLException {
		ColumnReader reader = this.target.rowKeyReader;
		return (reader != null) ? reader.read(resultSet, this.target.rowKeyColumn) : null;
	}

	NodeReader node() {
		return this.node;
	}

	TargetReader lane() {
		return new TargetReader(this.target, this.node.lane());
	}

	/**
	 * Reads the current row as one more row of the target read last (see {@link NodeReader#proceed}).
	 */
	void proceed(ResultSet resultSet) throws SQLException {
		this.node.proceed(resultSet);
	}

	@Nullable Object read(ResultSet resultSet) throws SQLException {
		Object target = this.node.read(resultSet);
		CompiledTarget compiled = this.target;
		if (compiled.throughField != null && compiled.joinModel != null && target != null) {
			Object joinRow = compiled.joinModel.newInstance();
			for (int i = 0; i < compiled.through.length; i++) {
				compiled.through[i].set(joinRow,
						compiled.throughReaders[i].read(resultSet, compiled.throughFirstColumn + i));
			}
			compiled.throughField.set(target, joinRow);
		}
		return target;
	}

}
