package dev.association.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.QueryException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Include;

/**
 * The include tree of a nested create, resolved and checked before any statement: every alias exists, every
 * association has the field its rows are read from. {@code Include.all()} names every association of the level
 * ({@code all().nested()} follows them, stopping at models already on the path); includes of the same alias merge.
 * Only the tree matters: an include's where, order, limit and attributes are for reads.
 * @param association the association whose rows are saved
 * @param children the includes nested under it
 */
record GraphIncludes(AssociationMetadata association, List<GraphIncludes> children) {

	/**
	 * Resolves the includes of a model.
	 * @param model the model
	 * @param includes the includes
	 * @param path the models above this level
	 * @return one node per association, in the order first named
	 */
	static List<GraphIncludes> resolve(ModelMetadata model, List<Include> includes, Set<ModelMetadata> path) {
		Map<AssociationMetadata, List<Include>> nested = new LinkedHashMap<>();
		for (Include include : includes) {
			if (include.isAll()) {
				for (AssociationMetadata association : model.associations().values()) {
					if (include.isNested() && path.contains(association.target())) {
						continue;
					}
					List<Include> children = nested.computeIfAbsent(association, (a) -> new ArrayList<>());
					if (include.isNested()) {
						children.add(Include.all().nested());
					}
				}
			}
			else {
				AssociationMetadata association = association(model, include);
				nested.computeIfAbsent(association, (a) -> new ArrayList<>()).addAll(include.getIncludes());
			}
		}
		List<GraphIncludes> resolved = new ArrayList<>();
		nested.forEach((association, children) -> {
			if (association.field() == null) {
				throw new QueryException("Cannot create " + association.describe() + " rows: " + model.name()
						+ " has no field '" + association.alias() + "' holding them. Add the field, or leave '"
						+ association.alias() + "' out of the includes.");
			}
			Set<ModelMetadata> below = new HashSet<>(path);
			below.add(model);
			resolved.add(new GraphIncludes(association, resolve(association.target(), children, below)));
		});
		return resolved;
	}

	private static AssociationMetadata association(ModelMetadata model, Include include) {
		if (include.getAlias() != null) {
			return model.association(include.getAlias());
		}
		List<AssociationMetadata> matching = model.associations()
			.values()
			.stream()
			.filter((association) -> association.target().type() == include.getTarget())
			.toList();
		if (matching.size() != 1) {
			String name = (include.getTarget() != null) ? include.getTarget().getSimpleName() : "null";
			throw new QueryException(name + " is associated to " + model.name() + " " + matching.size()
					+ " times; include it by alias. Associations of " + model.name() + ": "
					+ String.join(", ", model.associations().keySet()) + ".");
		}
		return matching.get(0);
	}

}
