package dev.association.execution;

import java.util.Set;

import dev.association.metadata.FieldAccess;
import dev.association.plan.LevelPlan;

/**
 * A to-many level loaded by its own statement, compiled: the parent's collection field, the keyed statement and
 * the target's readers. Immutable; a {@link LevelLoader} runs it for the parents of one execution.
 * @param field the parents' collection field
 * @param set whether the field is a set
 * @param statement the keyed statement
 * @param target the targets
 * @param folded whether several rows may carry one target
 */
record CompiledLevel(FieldAccess field, boolean set, KeyedStatement statement, CompiledTarget target,
		boolean folded) {

	CompiledLevel(LevelPlan plan, KeyedStatement statement, CompiledTarget target) {
		this(plan.association().field(), Set.class.isAssignableFrom(plan.association().field().field().getType()),
				statement, target, plan.folded());
	}

}
