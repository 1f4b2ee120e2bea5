package dev.association.execution;

import dev.association.plan.Parameters;

/**
 * An accessor's {@code get} compiled before any JDBC call: the statement keyed by the one source key, the readers
 * of the targets and one compiled statement per to-many level below them. Immutable, holds no value of a find.
 * @param statement the keyed statement
 * @param target the targets
 * @param folded whether several rows may carry one target
 * @param levels the separate to-many levels, by ordinal, in the order they run
 * @param parameters the value slots of the find
 */
record CompiledAssociated(KeyedStatement statement, CompiledTarget target, boolean folded, CompiledLevel[] levels,
		Parameters parameters) {

}
