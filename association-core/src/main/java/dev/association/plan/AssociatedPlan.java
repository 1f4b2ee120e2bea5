package dev.association.plan;

import org.jspecify.annotations.Nullable;

/**
 * The plan of an accessor's {@code get}: the targets of one association for one source key, with a plain limit
 * and offset.
 * @param level the statement, keyed by the one source key
 * @param limit the number of targets, or null
 * @param offset the targets skipped, or null
 */
public record AssociatedPlan(LevelPlan level, @Nullable Integer limit, @Nullable Integer offset) {

}
