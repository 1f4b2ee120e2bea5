package dev.association.plan;

import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * A to-many include level: a statement that loads the targets of one association for a batch of parent keys (or the
 * targets of one source row, for the association accessors), or, when {@code joined}, targets LEFT JOINed into the
 * parent's statement ({@code Include.separate(false)}).
 * @param association the association followed from the parents
 * @param target the targets: the target model with its joined includes; for a joined level, a node of the parent's
 * statement
 * @param required whether parents without a matching target are dropped (a semi-join in the parent's statement)
 * @param orders the order of the targets of each parent (before the primary key)
 * @param limitSlot the value slot of the per-parent limit, or -1 for none
 * @param through the join-model attributes read into the target's through field (belongsToMany)
 * @param throughFirstColumn the 1-based index of the first through column
 * @param linkColumn the 1-based index of the parent key each row belongs to; 0 for a joined level
 * @param joined whether the level is joined into its parent's statement
 * @param rowKey the attribute that tells the targets of one parent apart when rows are folded (the join model's
 * primary key when it has one, otherwise the target's), or null when rows are not folded
 * @param rowKeyColumn the 1-based index of the row key, or 0 when rows are not folded
 * @param throughWhere the condition on the join rows of a belongsToMany ({@code Include.throughWhere}), or null
 * @param throughWhereSlots the value slots of that condition
 */
public record LevelPlan(AssociationMetadata association, NodePlan target, boolean required, List<OrderPlan> orders,
		int limitSlot, List<Attribute> through, int throughFirstColumn, int linkColumn, boolean joined,
		@Nullable Attribute rowKey, int rowKeyColumn, @Nullable Where throughWhere, List<Integer> throughWhereSlots) {

	/**
	 * Whether the level has a per-parent limit.
	 * @return true when a limit is given
	 */
	public boolean hasLimit() {
		return this.limitSlot >= 0;
	}

	/**
	 * Whether the rows of this level's statement are folded: the level is joined, or a level is joined into it.
	 * @return true when several rows may carry one target
	 */
	public boolean folded() {
		return this.rowKeyColumn > 0;
	}

	/**
	 * Whether the row key is a column of its own in the statement, after the through columns.
	 * @return true when the row key is on the join table and not among the through attributes
	 */
	public boolean rowKeyColumnOfItsOwn() {
		return rowKeyOnJoinTable() && this.rowKeyColumn >= this.throughFirstColumn + this.through.size();
	}

	/**
	 * Whether the row key is a column of the join table rather than of the target.
	 * @return true for a belongsToMany through a join model with its own primary key
	 */
	public boolean rowKeyOnJoinTable() {
		return this.rowKey != null && this.association.join() != null
				&& this.rowKey == this.association.joinTable().model().id();
	}

}
