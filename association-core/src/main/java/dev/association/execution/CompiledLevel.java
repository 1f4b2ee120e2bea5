package dev.association.execution;

import java.util.Set;

import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.plan.LevelPlan;
import org.jspecify.annotations.Nullable;

/**
 * A to-many level loaded by its own statement, compiled: the parent's collection field, the keyed statement and
 * the target's readers. Immutable; a {@link LevelLoader} runs it for the parents of one execution.
 * @param field the parents' collection field
 * @param set whether the field is a set
 * @param statement the keyed statement
 * @param target the targets
 * @param folded whether several rows may carry one target
 * @param sortKey the targets' primary key when each parent's targets are sorted in memory (the statement is
 * unordered), or null when the statement orders them
 */
record CompiledLevel(FieldAccess field, boolean set, KeyedStatement statement, CompiledTarget target,
		boolean folded, @Nullable Attribute sortKey) {

	CompiledLevel(LevelPlan plan, KeyedStatement statement, CompiledTarget target) {
		this(plan.association().field(), Set.class.isAssignableFrom(plan.association().field().field().getType()),
				statement, target, plan.folded(), plan.ordersInMemory() ? plan.target().model().id() : null);
	}

}
