package dev.association.write;

import dev.association.metadata.Attribute;
import dev.association.metadata.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * One bound value of a statement, with the type the dialect binds it as.
 * @param type the value type
 * @param value the value, possibly null
 */
record Parameter(ValueType type, @Nullable Object value) {

	static Parameter of(Attribute attribute, @Nullable Object value) {
		return new Parameter(attribute.valueType(), value);
	}

}
