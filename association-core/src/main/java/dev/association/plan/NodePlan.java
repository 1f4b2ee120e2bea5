package dev.association.plan;

import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * One table of a statement: the statement's root, a to-one include joined into it, or the target of a joined
 * to-many level ({@code separate(false)}). Its columns are read at {@code firstColumn}; the first {@code assigned} of
 * them are written into the instance, the rest are keys read for stitching only.
 * @param model the model read
 * @param association how the node is reached from its parent node, or null for a statement's root
 * @param alias the table alias number within the statement ({@code t0}, {@code t1}...)
 * @param firstColumn the 1-based result-set index of the first column
 * @param columns the columns read, assigned attributes first
 * @param assigned how many of the columns are written into the instance
 * @param where the validated condition on this table, or null; its shape only: its values are bound from slots
 * @param whereSlots the value slots of the condition, in the order its values are written
 * @param paths the association paths of the condition: to-one steps joined to this table, and {@code EXISTS} steps
 * @param required whether a parent row without a match is dropped
 * @param joins the to-one includes joined into the same statement
 * @param levels the to-many includes: loaded by their own batched statements, or joined into this statement
 * @param deletedAt the {@code deletedAt} attribute of a paranoid model whose soft-deleted rows this node skips
 * ({@code IS NULL} among its terms), or null when its rows are read whatever their {@code deletedAt}
 * @param parentKey the attribute set from the parent's key instead of being read: the foreign key of a hasOne
 * joined into its parent's statement, equal to the parent's source key whenever a row is found; null when every
 * attribute is read
 */
public record NodePlan(ModelMetadata model, @Nullable AssociationMetadata association, int alias, int firstColumn,
		List<Attribute> columns, int assigned, @Nullable Where where, List<Integer> whereSlots, ConditionPaths paths,
		boolean required, List<NodePlan> joins, List<LevelPlan> levels, @Nullable Attribute deletedAt,
		@Nullable Attribute parentKey) {

	/**
	 * This node with other condition paths (the root, once the to-one paths of its order are joined).
	 * @param paths the paths
	 * @return a new node
	 */
	public NodePlan withPaths(ConditionPaths paths) {
		return new NodePlan(this.model, this.association, this.alias, this.firstColumn, this.columns, this.assigned,
				this.where, this.whereSlots, paths, this.required, this.joins, this.levels, this.deletedAt,
				this.parentKey);
	}

	/**
	 * Whether a to-many level is joined into this node's statement, at this node or under its to-one joins, so
	 * that several rows of the statement carry this node.
	 * @return true when the statement's rows are folded
	 */
	public boolean hasJoinedLevels() {
		for (LevelPlan level : this.levels) {
			if (level.joined()) {
				return true;
			}
		}
		for (NodePlan join : this.joins) {
			if (join.hasJoinedLevels()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The attribute whose non-null value shows that this node's joined row was found: its primary key when its
	 * foreign key is {@linkplain #parentKey() set from the parent}, else {@link #presenceAttribute(AssociationMetadata)}.
	 * @return the attribute, or null for a statement's root
	 */
	public @Nullable Attribute presence() {
		if (this.association == null) {
			return null;
		}
		return (this.parentKey != null) ? this.model.id() : presenceAttribute(this.association);
	}

	/**
	 * The attribute whose non-null value shows that a joined row was found: the target key of a belongsTo, the
	 * foreign key of a hasOne or hasMany, the target's key that a belongsToMany join row points at.
	 * @param association an association joined into its parent's statement
	 * @return the attribute on the association's target
	 */
	public static Attribute presenceAttribute(AssociationMetadata association) {
		return association.targetKey();
	}

}
