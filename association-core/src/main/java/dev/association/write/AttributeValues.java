package dev.association.write;

import java.math.BigDecimal;

import dev.association.QueryException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import dev.association.plan.QueryPlanner;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Values that callers pass for attributes by name (bulk updates, increments, the conditions copied by
 * findOrCreate): checked against the attribute's type with the rules of conditions (an integral number of any width
 * that fits, an enum constant or its name), then converted to the field's type.
 */
final class AttributeValues {

	private static final QueryPlanner checker = new QueryPlanner();

	private AttributeValues() {
	}

	/**
	 * A value checked against an attribute, and converted to its field's type.
	 * @param model the model
	 * @param attribute the attribute
	 * @param value the value, null allowed only for a nullable attribute
	 * @return the value as the field's (boxed) type
	 * @throws QueryException naming the model, attribute and value when it does not fit
	 */
	static @Nullable Object checked(ModelMetadata model, Attribute attribute, @Nullable Object value) {
		if (value == null) {
			if (!attribute.isNullable()) {
				throw new QueryException(model.name() + "." + attribute.name() + " is NOT NULL ("
						+ attribute.javaType().getSimpleName() + "); it cannot be set to null.");
			}
			return null;
		}
		checker.checkCondition(model, Where.eq(attribute.name(), value));
		return converted(attribute, value);
	}

	private static Object converted(Attribute attribute, Object value) {
		return switch (attribute.valueType()) {
			case LONG -> ((Number) value).longValue();
			case INTEGER -> ((Number) value).intValue();
			case SHORT -> ((Number) value).shortValue();
			case DOUBLE -> ((Number) value).doubleValue();
			case FLOAT -> ((Number) value).floatValue();
			case DECIMAL -> (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
			case ENUM -> (value instanceof String name) ? enumConstant(attribute, name) : value;
			default -> value;
		};
	}

	private static Object enumConstant(Attribute attribute, String name) {
		for (Object constant : attribute.javaType().getEnumConstants()) {
			if (((Enum<?>) constant).name().equals(name)) {
				return constant;
			}
		}
		throw new IllegalStateException("No constant " + name + " in " + attribute.javaType());
	}

	/**
	 * A numeric attribute other than the primary key, for increments.
	 * @param model the model
	 * @param name the attribute name
	 * @return the attribute
	 * @throws QueryException listing the numeric attributes when it is not one
	 */
	static Attribute numeric(ModelMetadata model, String name) {
		Attribute attribute = model.attribute(name);
		if (!isNumeric(attribute.valueType()) || attribute.isId()) {
			throw new QueryException("Cannot increment " + model.name() + "." + name + ": it is "
					+ (attribute.isId() ? "the primary key" : "a " + attribute.javaType().getSimpleName())
					+ ". Numeric attributes of " + model.name() + ": "
					+ String.join(", ", model.attributes()
						.stream()
						.filter((a) -> isNumeric(a.valueType()) && !a.isId())
						.map(Attribute::name)
						.toList())
					+ ".");
		}
		return attribute;
	}

	private static boolean isNumeric(ValueType type) {
		return switch (type) {
			case INTEGER, LONG, SHORT, DOUBLE, FLOAT, DECIMAL -> true;
			default -> false;
		};
	}

}
