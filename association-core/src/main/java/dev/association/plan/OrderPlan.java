package dev.association.plan;

import dev.association.metadata.Attribute;
import dev.association.query.Order;

/**
 * One resolved ORDER BY entry: an attribute of a node of the statement.
 * @param node the node (the statement's root or a joined to-one include)
 * @param attribute the attribute
 * @param direction the direction
 * @param pathJoin the index of the node's path join whose table holds the attribute (an order by a to-one path that
 * is not included), or -1 for the node's own table
 */
public record OrderPlan(NodePlan node, Attribute attribute, Order direction, int pathJoin) {

	/**
	 * An order entry on a node's own table.
	 * @param node the node
	 * @param attribute the attribute
	 * @param direction the direction
	 */
	public OrderPlan(NodePlan node, Attribute attribute, Order direction) {
		this(node, attribute, direction, -1);
	}

}
