package dev.association.execution;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.NodePlan;
import org.jspecify.annotations.Nullable;

/**
 * What reading one node of a statement needs, computed when the find is compiled: its columns with their readers
 * and indexes, its to-one joins, the to-many levels its rows are parents of (by ordinal in the compiled find) with
 * the columns of their keys, and its joined levels. Immutable; a {@link NodeReader} reads rows with it.
 */
final class CompiledNode {

	final ModelMetadata model;

	final Attribute[] columns;

	final ColumnReader[] readers;

	final int firstColumn;

	final int assigned;

	final int presence;

	/** The presence attribute when the instance holds its value (see {@link #assignedAt}), else null. */
	final @Nullable Attribute presenceInInstance;

	final RowFactory factory;

	final CompiledNode[] joins;

	final FieldAccess[] joinFields;

	/** Per join: the attribute of the joined instance set from this node's key (see {@link NodePlan#parentKey()}). */
	final @Nullable Attribute[] joinParentKeys;

	/** Per join with a parent key: the index of this node's column that holds the key. */
	final int[] joinKeyColumns;

	final int[] levels;

	final int[] levelKeys;

	/** Per level: the key attribute when the instance holds its value (see {@link #assignedAt}), else null. */
	final @Nullable Attribute[] levelKeysInInstance;

	final CompiledJoinedLevel[] joined;

	CompiledNode(NodePlan node, ColumnReaders columnReaders, CompiledNode[] joins, int[] levels,
			Attribute[] levelSourceKeys, CompiledJoinedLevel[] joined) {
		this.model = node.model();
		this.columns = node.columns().toArray(Attribute[]::new);
		this.readers = columnReaders.of(node.columns());
		this.firstColumn = node.firstColumn();
		this.assigned = node.assigned();
		Attribute presence = node.presence();
		this.presence = (presence != null) ? node.columns().indexOf(presence) : -1;
		this.presenceInInstance = (this.presence >= 0) ? assignedAt(this.firstColumn + this.presence) : null;
		this.factory = new RowFactory(this.model, this.columns, this.readers, this.firstColumn, this.assigned);
		this.joins = joins;
		this.joinFields = new FieldAccess[joins.length];
		this.joinParentKeys = new Attribute[joins.length];
		this.joinKeyColumns = new int[joins.length];
		for (int i = 0; i < joins.length; i++) {
			NodePlan join = node.joins().get(i);
			this.joinFields[i] = join.association().field();
			this.joinParentKeys[i] = join.parentKey();
			this.joinKeyColumns[i] = node.columns().indexOf(join.association().sourceKey());
		}
		this.levels = levels;
		this.levelKeys = new int[levels.length];
		this.levelKeysInInstance = new Attribute[levels.length];
		for (int i = 0; i < levels.length; i++) {
			this.levelKeys[i] = node.columns().indexOf(levelSourceKeys[i]);
			this.levelKeysInInstance[i] = assignedAt(this.firstColumn + this.levelKeys[i]);
		}
		this.joined = joined;
	}

	/**
	 * The attribute read into the instance from a result-set column, when the column is one of the assigned ones and
	 * the instance keeps a null in it (a primitive field turns null into zero).
	 * @param column the 1-based column index
	 * @return the attribute, or null
	 */
	@Nullable Attribute assignedAt(int column) {
		int index = column - this.firstColumn;
		if (index < 0 || index >= this.assigned) {
			return null;
		}
		Attribute attribute = this.columns[index];
		return (attribute.hasField() && !attribute.javaType().isPrimitive()) ? attribute : null;
	}

}
