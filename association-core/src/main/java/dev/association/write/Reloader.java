package dev.association.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.association.QueryException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;

/**
 * Re-reads rows into the instances that hold them ({@code reload}), and finds or creates one
 * ({@code findOrCreate}); both read through the query engine.
 */
final class Reloader {

	private final WriteContext context;

	Reloader(WriteContext context) {
		this.context = context;
	}

	/**
	 * Re-reads a row by its key into the same instance: the attributes the find selects (all by default), and the
	 * association fields it includes.
	 */
	<T> T reload(ModelMetadata model, T instance, Find find) {
		ModelRows sql = this.context.rows(model);
		sql.keyValues(instance, "reload");
		List<T> rows = this.context.queries().findAll(model, find.and(byKey(sql, instance)));
		if (rows.isEmpty()) {
			throw new QueryException("Cannot reload " + model.name() + " (" + sql.describeKey(instance)
					+ "): the row no longer exists.");
		}
		T loaded = rows.get(0);
		List<String> selected = find.getAttributes();
		for (Attribute attribute : model.attributes()) {
			if (attribute.hasField() && (selected == null || selected.contains(attribute.name())
					|| sql.key().contains(attribute))) {
				attribute.set(instance, attribute.get(loaded));
			}
		}
		for (AssociationMetadata association : included(model, find.getIncludes())) {
			FieldAccess field = association.field();
			if (field != null) {
				field.set(instance, field.get(loaded));
			}
		}
		return instance;
	}

	static Where byKey(ModelRows sql, Object instance) {
		List<Where> equalities = new ArrayList<>();
		for (Attribute attribute : sql.key()) {
			equalities.add(Where.eq(attribute.name(), attribute.get(instance)));
		}
		return (equalities.size() == 1) ? equalities.get(0) : Where.and(equalities.toArray(Where[]::new));
	}

	private static Set<AssociationMetadata> included(ModelMetadata model, List<Include> includes) {
		Set<AssociationMetadata> included = new HashSet<>();
		for (Include include : includes) {
			if (include.isAll()) {
				included.addAll(model.associations().values());
			}
			else if (include.getAlias() != null) {
				included.add(model.association(include.getAlias()));
			}
			else {
				model.associations()
					.values()
					.stream()
					.filter((association) -> association.target().type() == include.getTarget())
					.forEach(included::add);
			}
		}
		return included;
	}

}
