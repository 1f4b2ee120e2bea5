package dev.association.metadata;

import java.util.List;
import java.util.stream.Collectors;

import dev.association.AssociationDefinitionException;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Checks, at startup, the part of a condition scope ({@code scope(Where)}) that is not fixed values: every attribute
 * it names is an attribute of the target.
 */
final class ScopeConditions {

	private ScopeConditions() {
	}

	/**
	 * The conditions ANDed, checked against the target.
	 * @return the condition, or null when there is none
	 */
	static @Nullable Where of(ModelMetadata target, List<Where> conditions, String association) {
		if (conditions.isEmpty()) {
			return null;
		}
		for (Where condition : conditions) {
			check(target, condition, association);
		}
		return (conditions.size() == 1) ? conditions.get(0) : Where.and(conditions.toArray(Where[]::new));
	}

	private static void check(ModelMetadata target, Where where, String association) {
		if (where instanceof Where.Junction junction) {
			junction.conditions().forEach((condition) -> check(target, condition, association));
			return;
		}
		if (where instanceof Where.Not not) {
			check(target, not.condition(), association);
			return;
		}
		String name = attributeOf(where);
		if (name == null || target.findAttribute(name) == null) {
			throw new AssociationDefinitionException(association + ": scope attribute '"
					+ PlainIdentifier.printable(String.valueOf(name)) + "' is not an attribute of " + target.name()
					+ ". Attributes of " + target.name() + ": "
					+ target.attributes().stream().map(Attribute::name).collect(Collectors.joining(", ")) + ".");
		}
	}

	private static @Nullable String attributeOf(Where where) {
		return (where instanceof Where.Atom atom) ? atom.attribute() : null;
	}

}
