package dev.association.execution;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.NodePlan;
import org.jspecify.annotations.Nullable;

/**
 * Reads one node of a statement from the current row into a new instance: its assigned attributes, its joined
 * to-one includes, and its registration as a parent of its to-many levels. Compiled once per query from the plan;
 * per row it only reads columns by index and sets fields.
 */
final class NodeReader {

	private final ModelMetadata model;

	private final Attribute[] columns;

	private final ColumnReader[] readers;

	private final int firstColumn;

	private final int assigned;

	private final int presence;

	private final NodeReader[] joins;

	private final FieldAccess[] joinFields;

	private final LevelLoader[] levels;

	private final int[] levelKeys;

	private final Object[] values;

	NodeReader(NodePlan node, ColumnReaders columnReaders, NodeReader[] joins, LevelLoader[] levels) {
		this.model = node.model();
		this.columns = node.columns().toArray(Attribute[]::new);
		this.readers = columnReaders.of(node.columns());
		this.firstColumn = node.firstColumn();
		this.assigned = node.assigned();
		this.presence = (node.association() != null)
				? node.columns().indexOf(NodePlan.presenceAttribute(node.association())) : -1;
		this.joins = joins;
		this.joinFields = new FieldAccess[joins.length];
		for (int i = 0; i < joins.length; i++) {
			this.joinFields[i] = node.joins().get(i).association().field();
		}
		this.levels = levels;
		this.levelKeys = new int[levels.length];
		for (int i = 0; i < levels.length; i++) {
			this.levelKeys[i] = node.columns().indexOf(node.levels().get(i).association().sourceKey());
		}
		this.values = new Object[this.columns.length];
	}

	/**
	 * Reads the node from the current row.
	 * @return the instance, or null for a joined node with no matching row
	 */
	@Nullable Object read(ResultSet resultSet) throws SQLException {
		Object[] values = this.values;
		if (this.presence >= 0) {
			values[this.presence] = this.readers[this.presence].read(resultSet, this.firstColumn + this.presence);
			if (values[this.presence] == null) {
				return null;
			}
		}
		for (int i = 0; i < values.length; i++) {
			if (i != this.presence) {
				values[i] = this.readers[i].read(resultSet, this.firstColumn + i);
			}
		}
		Object instance = this.model.newInstance();
		for (int i = 0; i < this.assigned; i++) {
			this.columns[i].set(instance, values[i]);
		}
		for (int i = 0; i < this.joins.length; i++) {
			Object joined = this.joins[i].read(resultSet);
			if (joined != null) {
				this.joinFields[i].set(instance, joined);
			}
		}
		for (int i = 0; i < this.levels.length; i++) {
			this.levels[i].register(values[this.levelKeys[i]], instance);
		}
		return instance;
	}

}
