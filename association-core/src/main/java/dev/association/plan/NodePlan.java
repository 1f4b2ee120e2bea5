package dev.association.plan;

import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * One table of a statement: the statement's root, or a to-one include joined into it. Its columns are read at
 * {@code firstColumn}; the first {@code assigned} of them are written into the instance, the rest are keys read for
 * stitching only.
 * @param model the model read
 * @param association how the node is reached from its parent node, or null for a statement's root
 * @param alias the table alias number within the statement ({@code t0}, {@code t1}...)
 * @param firstColumn the 1-based result-set index of the first column
 * @param columns the columns read, assigned attributes first
 * @param assigned how many of the columns are written into the instance
 * @param where the validated condition on this table, or null
 * @param required whether a parent row without a match is dropped
 * @param joins the to-one includes joined into the same statement
 * @param levels the to-many includes loaded by their own batched statements
 */
public record NodePlan(ModelMetadata model, @Nullable AssociationMetadata association, int alias, int firstColumn,
		List<Attribute> columns, int assigned, @Nullable Where where, boolean required, List<NodePlan> joins,
		List<LevelPlan> levels) {

	/**
	 * The attribute whose non-null value shows that a joined row was found: the target key of a belongsTo, the
	 * foreign key of a hasOne.
	 * @param association a to-one association
	 * @return the attribute on the association's target
	 */
	public static Attribute presenceAttribute(AssociationMetadata association) {
		return association.targetKey();
	}

}
