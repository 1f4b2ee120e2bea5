package dev.association.plan;

import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * A statement that loads the targets of one association for a batch of parent keys: a to-many include level, or
 * the targets of one source row for the association accessors.
 * @param association the association followed from the parents
 * @param target the statement's root: the target model with its joined to-one includes
 * @param required whether parents without a matching target are dropped (a semi-join in the parent's statement)
 * @param orders the order of the targets of each parent (before the primary key)
 * @param limit the per-parent limit, or null
 * @param through the join-model attributes read into the target's through field (belongsToMany)
 * @param throughFirstColumn the 1-based index of the first through column
 * @param linkColumn the 1-based index of the parent key each row belongs to
 */
public record LevelPlan(AssociationMetadata association, NodePlan target, boolean required, List<OrderPlan> orders,
		@Nullable Integer limit, List<Attribute> through, int throughFirstColumn, int linkColumn) {

}
