package dev.association.plan;

import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;

/**
 * The association paths of one node's condition, resolved when the find is planned: the to-one steps joined to the
 * node's table (shared by the atoms that take the same steps), and, for each atom with a dotted attribute in the
 * order a condition writer meets them, where its attribute is read and the to-many steps it reaches through an
 * {@code EXISTS}.
 * @param joins the to-one steps joined to the node, in the order they are written
 * @param atoms the path atoms, depth first
 */
public record ConditionPaths(List<PathJoin> joins, List<PathAtom> atoms) {

	/** No paths: a condition on the node's own attributes only. */
	public static final ConditionPaths NONE = new ConditionPaths(List.of(), List.of());

	/**
	 * Whether there is any path.
	 * @return true when no atom has a dotted attribute
	 */
	public boolean isEmpty() {
		return this.joins.isEmpty() && this.atoms.isEmpty();
	}

	/**
	 * A to-one step joined (LEFT JOIN) to the node's table or to an earlier step.
	 * @param association the to-one association followed
	 * @param from the index of the join it starts from, or -1 for the node's table
	 */
	public record PathJoin(AssociationMetadata association, int from) {

	}

	/**
	 * One atom of the condition whose attribute is a path.
	 * @param from the join whose table the atom (or its {@code EXISTS}) starts from, or -1 for the node's table
	 * @param exists the steps from the first to-many one on, joined inside an {@code EXISTS}; empty when every step
	 * is to-one
	 * @param model the model of the attribute
	 * @param attribute the attribute the atom compares
	 */
	public record PathAtom(int from, List<AssociationMetadata> exists, ModelMetadata model, Attribute attribute) {

	}

}
