package dev.association.plan;

import java.util.List;

/**
 * The plan of a top-level find: the root statement (root model and its to-one joins), its order, limit and offset;
 * to-many levels hang off the nodes. It refers to the find's values by slot only (see {@link Parameters}).
 * @param root the root node
 * @param orders the order of the roots (before the primary key)
 * @param limitSlot the value slot of the number of roots, or -1 for no limit
 * @param offsetSlot the value slot of the roots skipped, or -1 for no offset
 * @param parameters the value slots of the find
 */
public record FindPlan(NodePlan root, List<OrderPlan> orders, int limitSlot, int offsetSlot, Parameters parameters) {

	/**
	 * Whether the find has a limit or an offset.
	 * @return true when either is given
	 */
	public boolean limited() {
		return this.limitSlot >= 0 || this.offsetSlot >= 0;
	}

}
