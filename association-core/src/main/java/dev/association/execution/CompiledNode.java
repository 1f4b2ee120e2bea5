package dev.association.execution;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.NodePlan;

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

	final RowFactory factory;

	final CompiledNode[] joins;

	final FieldAccess[] joinFields;

	final int[] levels;

	final int[] levelKeys;

	final CompiledJoinedLevel[] joined;

	CompiledNode(NodePlan node, ColumnReaders columnReaders, CompiledNode[] joins, int[] levels,
			Attribute[] levelSourceKeys, CompiledJoinedLevel[] joined) {
		this.model = node.model();
		this.columns = node.columns().toArray(Attribute[]::new);
		this.readers = columnReaders.of(node.columns());
		this.firstColumn = node.firstColumn();
		this.assigned = node.assigned();
		this.presence = (node.association() != null)
				? node.columns().indexOf(NodePlan.presenceAttribute(node.association())) : -1;
		this.factory = new RowFactory(this.model, this.columns, this.readers, this.firstColumn, this.assigned);
		this.joins = joins;
		this.joinFields = new FieldAccess[joins.length];
		for (int i = 0; i < joins.length; i++) {
			this.joinFields[i] = node.joins().get(i).association().field();
		}
		this.levels = levels;
		this.levelKeys = new int[levels.length];
		for (int i = 0; i < levels.length; i++) {
			this.levelKeys[i] = node.columns().indexOf(levelSourceKeys[i]);
		}
		this.joined = joined;
	}

}
