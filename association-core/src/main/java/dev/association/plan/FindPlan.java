package dev.association.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The plan of a top-level find: the root statement (root model and its to-one joins), its order, limit and offset;
 * to-many levels hang off the nodes.
 * @param root the root node
 * @param orders the order of the roots (before the primary key)
 * @param limit the number of roots, or null
 * @param offset the roots skipped, or null
 */
public record FindPlan(NodePlan root, List<OrderPlan> orders, @Nullable Integer limit, @Nullable Integer offset) {

}
