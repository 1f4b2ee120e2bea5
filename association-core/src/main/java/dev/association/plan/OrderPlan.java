package dev.association.plan;

import dev.association.metadata.Attribute;
import dev.association.query.Order;

/**
 * One resolved ORDER BY entry: an attribute of a node of the statement.
 * @param node the node (the statement's root or a joined to-one include)
 * @param attribute the attribute
 * @param direction the direction
 */
public record OrderPlan(NodePlan node, Attribute attribute, Order direction) {

}
