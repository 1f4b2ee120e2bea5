package dev.association.metadata;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.AssociationDefinitionException;

/**
 * The checks that need every association resolved: accessor-name collisions, aliases that shadow attributes,
 * association fields of the wrong type, and fields that are neither attributes nor associations.
 */
final class AssociationChecks {

	private final Collection<ModelMetadata> models;

	private final List<AssociationMetadata> associations;

	AssociationChecks(Collection<ModelMetadata> models, List<AssociationMetadata> associations) {
		this.models = models;
		this.associations = associations;
	}

	void check() {
		for (ModelMetadata model : this.models) {
			checkAccessors(model);
		}
		for (AssociationMetadata association : this.associations) {
			checkField(association);
		}
		for (ModelMetadata model : this.models) {
			checkLeftoverFields(model);
		}
	}

	/**
	 * The accessor names Sequelize generates for an association ({@code getPosts}, {@code addPost}, ...).
	 * @param association the association
	 * @return the names
	 */
	static Set<String> accessorNames(AssociationMetadata association) {
		String singular = Naming.upperFirst(association.singular());
		String plural = Naming.upperFirst(association.plural());
		Set<String> names = new LinkedHashSet<>();
		if (association.kind().isToMany()) {
			names.addAll(List.of("get" + plural, "set" + plural, "add" + singular, "add" + plural, "create" + singular,
					"remove" + singular, "remove" + plural, "has" + singular, "has" + plural, "count" + plural));
		}
		else {
			names.addAll(List.of("get" + singular, "set" + singular, "create" + singular));
		}
		return names;
	}

	private void checkAccessors(ModelMetadata model) {
		Map<String, AssociationMetadata> owners = new HashMap<>();
		for (AssociationMetadata association : model.associations().values()) {
			if (model.findAttribute(association.alias()) != null) {
				throw new AssociationDefinitionException("Naming collision between attribute '" + association.alias()
						+ "' and association " + association.describe() + " on model " + model.name()
						+ ". Give the association another alias with as(\"...\").");
			}
			for (String accessor : accessorNames(association)) {
				AssociationMetadata previous = owners.put(accessor, association);
				if (previous != null && previous != association) {
					throw new AssociationDefinitionException(previous.describe() + " and " + association.describe()
							+ " both generate the accessor '" + accessor + "'. Give one of them another alias with as(\"...\").");
				}
			}
		}
	}

	private void checkField(AssociationMetadata association) {
		FieldAccess field = association.field();
		if (field == null) {
			return;
		}
		Class<?> type = field.field().getType();
		boolean fits = association.kind().isToMany()
				? (type == List.class || type == Set.class || type == Collection.class)
				: type.isAssignableFrom(association.target().type());
		if (!fits) {
			String expected = association.kind().isToMany()
					? "List<" + association.target().name() + "> (or Set)" : association.target().name();
			throw new AssociationDefinitionException(association.source().name() + "." + field.name() + " is "
					+ type.getSimpleName() + " but it holds " + association.describe() + ": declare it as " + expected
					+ ", or mark it @Transient.");
		}
	}

	private void checkLeftoverFields(ModelMetadata model) {
		Set<String> used = new HashSet<>(model.associations().keySet());
		for (AssociationMetadata association : this.associations) {
			if (association.target() == model && association.throughField() != null) {
				used.add(association.throughField().name());
			}
		}
		for (FieldAccess field : model.fields().values()) {
			if (!used.contains(field.name())) {
				throw new AssociationDefinitionException(model.name() + "." + field.name() + " has type "
						+ field.field().getType().getSimpleName() + ", which is neither an attribute type nor an "
						+ "association of " + model.name() + ". Associations of " + model.name() + ": "
						+ (model.associations().isEmpty() ? "(none)" : String.join(", ", model.associations().keySet()))
						+ ". " + ModelReader.supportedTypes());
			}
		}
	}

}
