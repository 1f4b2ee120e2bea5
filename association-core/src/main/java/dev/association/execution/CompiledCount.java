package dev.association.execution;

import dev.association.plan.Parameters;
import org.jspecify.annotations.Nullable;

/**
 * A count compiled before any JDBC call: the count of a find's roots, or, keyed by one source key, of an
 * association's targets. Immutable, holds no value of a find.
 * @param statement the statement of a find's count, or null
 * @param keyed the keyed statement of an association's count, or null
 * @param parameters the value slots of the find
 */
record CompiledCount(@Nullable CompiledStatement statement, @Nullable KeyedStatement keyed, Parameters parameters) {

}
