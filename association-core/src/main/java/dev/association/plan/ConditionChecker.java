package dev.association.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.association.QueryException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import dev.association.plan.PathResolver.Target;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Checks a condition against a model: every attribute exists, every value fits the attribute's type (numbers may
 * widen; an enum attribute takes a constant or its name).
 */
final class ConditionChecker {

	private ConditionChecker() {
	}

	static void check(ModelMetadata model, @Nullable Where where) {
		if (where == null) {
			return;
		}
		if (where instanceof Where.Comparison c) {
			Target target = PathResolver.target(model, c.attribute());
			checkValue(target.model(), target.attribute(), c.value());
		}
		else if (where instanceof Where.InList in) {
			Target target = PathResolver.target(model, in.attribute());
			for (Object value : in.values()) {
				checkValue(target.model(), target.attribute(), value);
			}
		}
		else if (where instanceof Where.Like like) {
			Target target = PathResolver.target(model, like.attribute());
			Attribute attribute = target.attribute();
			if (attribute.valueType() != ValueType.STRING && attribute.valueType() != ValueType.ENUM) {
				throw new QueryException(target.model().name() + "." + attribute.name() + " is "
						+ attribute.javaType().getSimpleName() + "; " + (like.caseInsensitive() ? "iLike" : "like")
						+ " applies to String attributes only.");
			}
		}
		else if (where instanceof Where.NullCheck n) {
			PathResolver.target(model, n.attribute());
		}
		else if (where instanceof Where.Between b) {
			Target target = PathResolver.target(model, b.attribute());
			checkValue(target.model(), target.attribute(), b.low());
			checkValue(target.model(), target.attribute(), b.high());
		}
		else if (where instanceof Where.Junction j) {
			for (Where condition : j.conditions()) {
				check(model, condition);
			}
		}
		else if (where instanceof Where.Not not) {
			check(model, not.condition());
		}
		else if (where instanceof Where.Keyset keyset) {
			for (int i = 0; i < keyset.attributes().size(); i++) {
				Attribute attribute = model.attribute(keyset.attributes().get(i));
				Object value = keyset.values().get(i);
				if (value != null) {
					checkValue(model, attribute, value);
				}
			}
		}
	}

	static void checkValue(ModelMetadata model, Attribute attribute, Object value) {
		if (!fits(attribute, value)) {
			throw new QueryException(model.name() + "." + attribute.name() + " is "
					+ attribute.javaType().getSimpleName() + " (" + attribute.valueType() + "); the value '" + value
					+ "' (" + value.getClass().getSimpleName() + ") does not fit it" + enumHint(attribute) + ".");
		}
	}

	private static String enumHint(Attribute attribute) {
		if (attribute.valueType() != ValueType.ENUM) {
			return "";
		}
		return ". Constants: " + Arrays.stream(attribute.javaType().getEnumConstants())
			.map((c) -> ((Enum<?>) c).name())
			.collect(Collectors.joining(", "));
	}

	private static boolean fits(Attribute attribute, Object value) {
		return switch (attribute.valueType()) {
			case STRING -> value instanceof String;
			case BOOLEAN -> value instanceof Boolean;
			case LONG -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
			case INTEGER -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
			case SHORT -> integral(value, Short.MIN_VALUE, Short.MAX_VALUE);
			case DOUBLE, FLOAT -> value instanceof Number && !(value instanceof BigDecimal || value instanceof BigInteger);
			case DECIMAL -> value instanceof Number;
			case UUID -> value instanceof UUID;
			case INSTANT -> value instanceof Instant;
			case LOCAL_DATE -> value instanceof LocalDate;
			case LOCAL_DATE_TIME -> value instanceof LocalDateTime;
			case OFFSET_DATE_TIME -> value instanceof OffsetDateTime;
			case BYTES -> value instanceof byte[];
			case ENUM -> attribute.javaType().isInstance(value) || (value instanceof String name && Arrays
				.stream(attribute.javaType().getEnumConstants())
				.anyMatch((c) -> ((Enum<?>) c).name().equals(name)));
		};
	}

	private static boolean integral(Object value, long min, long max) {
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			long number = ((Number) value).longValue();
			return number >= min && number <= max;
		}
		return false;
	}

}
