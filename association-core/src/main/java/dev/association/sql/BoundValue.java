package dev.association.sql;

import dev.association.metadata.Attribute;
import dev.association.metadata.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * One value bound to a statement parameter, with the attribute type it is bound as.
 * @param type the value type
 * @param value the value
 */
public record BoundValue(ValueType type, @Nullable Object value) {

	/**
	 * A value bound as an attribute's type.
	 * @param attribute the attribute
	 * @param value the value
	 * @return the bound value
	 */
	public static BoundValue of(Attribute attribute, @Nullable Object value) {
		return new BoundValue(attribute.valueType(), value);
	}

}
