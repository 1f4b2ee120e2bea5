package dev.association.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.QueryException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Include;
import dev.association.query.Sort;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Turns the includes given for one model into one include per association: expands {@code all()} (and
 * {@code all().nested()}, stopping at models already on the path), resolves {@code of(Class)}, and merges includes
 * of the same alias (as {@code include("posts.comments", "posts.tags")} gives).
 */
final class IncludeResolver {

	private IncludeResolver() {
	}

	static Map<AssociationMetadata, Include> resolve(ModelMetadata model, List<Include> includes,
			Set<ModelMetadata> path, @Nullable Slots slots) {
		Map<String, Include> byAlias = new LinkedHashMap<>();
		for (Include include : includes) {
			if (include.isAll()) {
				for (AssociationMetadata association : model.associations().values()) {
					if (include.isNested() && path.contains(association.target())) {
						continue;
					}
					Include generated = Include.of(association.alias());
					if (include.isNested()) {
						generated = generated.include(Include.all().nested());
					}
					byAlias.merge(association.alias(), generated, (a, b) -> merge(a, b, slots));
				}
			}
			else {
				String alias = (include.getAlias() != null) ? model.association(include.getAlias()).alias()
						: aliasOf(model, include.getTarget());
				byAlias.merge(alias, include, (a, b) -> merge(a, b, slots));
			}
		}
		Map<AssociationMetadata, Include> resolved = new LinkedHashMap<>();
		byAlias.forEach((alias, include) -> resolved.put(model.associations().get(alias), include));
		return resolved;
	}

	private static String aliasOf(ModelMetadata model, @Nullable Class<?> target) {
		List<String> aliases = new ArrayList<>();
		for (AssociationMetadata association : model.associations().values()) {
			if (association.target().type() == target) {
				aliases.add(association.alias());
			}
		}
		String name = (target != null) ? target.getSimpleName() : "null";
		if (aliases.isEmpty()) {
			throw new QueryException(name + " is not associated to " + model.name() + ". Associations of "
					+ model.name() + ": " + list(model.associations().keySet()) + ".");
		}
		if (aliases.size() > 1) {
			throw new QueryException(name + " is associated to " + model.name() + " several times, using the aliases "
					+ String.join(", ", aliases) + ". Include it by alias: Include.of(\"" + aliases.get(0) + "\").");
		}
		return aliases.get(0);
	}

	private static String list(Set<String> names) {
		return names.isEmpty() ? "(none)" : String.join(", ", names);
	}

	/**
	 * Two includes of one alias as one: conditions ANDed, required if either is, orders and nested includes
	 * concatenated, other options from the later one when it sets them.
	 */
	private static Include merge(Include first, Include second, @Nullable Slots slots) {
		String alias = (second.getAlias() != null) ? second.getAlias() : first.getAlias();
		Include merged = (alias != null) ? Include.of(alias) : Include.of(requireTarget(first, second));
		Where where = (first.getWhere() == null) ? second.getWhere()
				: (second.getWhere() == null) ? first.getWhere() : Where.and(first.getWhere(), second.getWhere());
		if (where != null) {
			merged = merged.where(where);
		}
		Where throughWhere = (first.getThroughWhere() == null) ? second.getThroughWhere()
				: (second.getThroughWhere() == null) ? first.getThroughWhere()
				: Where.and(first.getThroughWhere(), second.getThroughWhere());
		if (throughWhere != null) {
			merged = merged.throughWhere(throughWhere);
		}
		merged = merged.required(first.isRequired() || second.isRequired());
		List<String> attributes = (second.getAttributes() != null) ? second.getAttributes() : first.getAttributes();
		if (attributes != null) {
			merged = merged.attributes(attributes.toArray(String[]::new));
		}
		List<Sort> orders = new ArrayList<>(first.getOrders());
		orders.addAll(second.getOrders());
		for (Sort sort : orders) {
			merged = merged.order(sort.path(), sort.direction());
		}
		Integer limit = (second.getLimit() != null) ? second.getLimit() : first.getLimit();
		if (limit != null) {
			merged = merged.limit(limit);
		}
		List<String> through = (second.getThrough() != null) ? second.getThrough() : first.getThrough();
		if (through != null) {
			merged = merged.through(through.toArray(String[]::new));
		}
		Boolean separate = (second.getSeparate() != null) ? second.getSeparate() : first.getSeparate();
		if (separate != null) {
			merged = merged.separate(separate);
		}
		Boolean paranoid = (second.getParanoid() != null) ? second.getParanoid() : first.getParanoid();
		if (paranoid != null) {
			merged = merged.paranoid(paranoid);
		}
		List<Include> nested = new ArrayList<>(first.getIncludes());
		nested.addAll(second.getIncludes());
		merged = merged.include(nested.toArray(Include[]::new));
		if (slots != null) {
			slots.merged(merged, (second.getLimit() != null) ? second : first);
		}
		return merged;
	}

	private static Class<?> requireTarget(Include first, Include second) {
		Class<?> target = (second.getTarget() != null) ? second.getTarget() : first.getTarget();
		if (target == null) {
			throw new IllegalStateException("An include without alias or target");
		}
		return target;
	}

}
