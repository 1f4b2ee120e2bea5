package dev.association.execution;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.LevelPlan;
import org.jspecify.annotations.Nullable;

/**
 * What reading the targets of a to-many level needs, computed when the find is compiled: the target node, the
 * columns of the parent key and the row key, and the join-row columns read into the through field. Immutable.
 */
final class CompiledTarget {

	final CompiledNode node;

	final @Nullable ColumnReader rowKeyReader;

	final int rowKeyColumn;

	final @Nullable ColumnReader keyReader;

	final int keyColumn;

	/**
	 * The target's attribute that holds the parent key when the key column is one of the columns the target
	 * instance is made from (a hasMany's foreign key): the key is then taken from the instance, not read twice.
	 */
	final @Nullable Attribute keyInInstance;

	final @Nullable ModelMetadata joinModel;

	final @Nullable FieldAccess throughField;

	final Attribute[] through;

	final ColumnReader[] throughReaders;

	final int throughFirstColumn;

	CompiledTarget(LevelPlan plan, CompiledNode node, ColumnReaders columnReaders) {
		this.node = node;
		Attribute rowKey = plan.rowKey();
		this.rowKeyReader = (rowKey != null) ? columnReaders.get(rowKey) : null;
		this.rowKeyColumn = plan.rowKeyColumn();
		this.keyReader = plan.joined() ? null : columnReaders.get(linkAttribute(plan.association()));
		this.keyColumn = plan.linkColumn();
		this.keyInInstance = (this.keyReader != null) ? node.assignedAt(this.keyColumn) : null;
		this.throughField = plan.through().isEmpty() ? null : plan.association().throughField();
		this.joinModel = (this.throughField != null) ? plan.association().joinTable().model() : null;
		this.through = plan.through().toArray(Attribute[]::new);
		this.throughReaders = columnReaders.of(plan.through());
		this.throughFirstColumn = plan.throughFirstColumn();
	}

	/**
	 * The attribute whose column a keyed statement returns as the parent key of each row.
	 */
	static Attribute linkAttribute(AssociationMetadata association) {
		return switch (association.kind()) {
			case HAS_ONE, HAS_MANY -> association.foreignKey();
			case BELONGS_TO -> association.targetKey();
			case BELONGS_TO_MANY -> association.joinTable().foreignKey();
		};
	}

}
