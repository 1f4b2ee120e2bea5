package dev.association.plan;

import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The association paths of one node's condition, resolved when the find is planned: the to-one steps joined to the
 * node's table (shared by the atoms that take the same steps), and, for each atom with a dotted attribute in the
 * order a condition writer meets them, where its attribute is read and the to-many steps it reaches through an
 * {@code EXISTS}. Every paranoid table along a path, a joined step's, a step's inside an {@code EXISTS} or the
 * join model's of a belongsToMany step, skips its soft-deleted rows, whatever the find's or include's
 * {@code paranoid}: that one chooses the rows returned, not the rows a condition looks through.
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
	 * @param deletedAt the {@code deletedAt} attribute of a paranoid target, whose soft-deleted rows the join skips
	 * ({@code IS NULL} in its {@code ON} clause), or null
	 */
	public record PathJoin(AssociationMetadata association, int from, @Nullable Attribute deletedAt) {

	}

	/**
	 * One atom of the condition whose attribute is a path.
	 * @param from the join whose table the atom (or its {@code EXISTS}) starts from, or -1 for the node's table
	 * @param exists the steps from the first to-many one on, joined inside an {@code EXISTS}; empty when every step
	 * is to-one
	 * @param model the model of the attribute
	 * @param attribute the attribute the atom compares
	 * @param softDeletes the paranoid tables inside the {@code EXISTS} whose soft-deleted rows it skips
	 */
	public record PathAtom(int from, List<AssociationMetadata> exists, ModelMetadata model, Attribute attribute,
			List<SoftDelete> softDeletes) {

	}

	/**
	 * A paranoid table inside an atom's {@code EXISTS}: a step's target, or the join model of a belongsToMany step.
	 * @param step the index of the step among the atom's {@code exists} steps
	 * @param joinRow whether it is the step's join model rather than its target
	 * @param deletedAt the table's {@code deletedAt} attribute ({@code IS NULL} among the {@code EXISTS} terms)
	 */
	public record SoftDelete(int step, boolean joinRow, Attribute deletedAt) {

	}

}
