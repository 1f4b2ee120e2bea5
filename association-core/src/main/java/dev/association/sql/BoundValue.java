package dev.association.sql;

import dev.association.metadata.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * One value bound to a statement parameter, with the attribute type it is bound as.
 * @param type the value type
 * @param value the value
 */
public record BoundValue(ValueType type, @Nullable Object value) {

}
