package dev.association.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Sort;
import dev.association.query.Where;

/**
 * One generated query: a find on a root model, optionally counted too. Prints itself as the Java that builds it,
 * and lists the cases one step smaller, for shrinking.
 */
record FuzzCase(Class<?> root, Where where, List<IncludeSpec> includes, List<String> attributes, List<Sort> orders,
		Integer limit, Integer offset, boolean count) {

	Find toFind() {
		Find find = (this.where != null) ? Find.where(this.where) : Find.all();
		if (!this.includes.isEmpty()) {
			find = find.include(this.includes.stream().map(IncludeSpec::toInclude).toArray(Include[]::new));
		}
		if (this.attributes != null) {
			find = find.attributes(this.attributes.toArray(String[]::new));
		}
		for (Sort sort : this.orders) {
			find = find.order(sort.path(), sort.direction());
		}
		if (this.limit != null) {
			find = find.limit(this.limit);
		}
		if (this.offset != null) {
			find = find.offset(this.offset);
		}
		return find;
	}

	String toJava() {
		StringBuilder java = new StringBuilder(this.count ? "count + findAll on " : "findAll on ");
		java.append(this.root.getSimpleName()).append(": ");
		java.append((this.where != null) ? "Find.where(" + FuzzCase.java(this.where) + ")" : "Find.all()");
		for (IncludeSpec include : this.includes) {
			java.append("\n\t.include(").append(include.toJava("\t\t")).append(")");
		}
		if (this.attributes != null) {
			java.append("\n\t.attributes(").append(strings(this.attributes)).append(")");
		}
		for (Sort sort : this.orders) {
			java.append("\n\t.order(\"").append(sort.path()).append("\", Order.").append(sort.direction()).append(")");
		}
		if (this.limit != null) {
			java.append("\n\t.limit(").append(this.limit).append(")");
		}
		if (this.offset != null) {
			java.append("\n\t.offset(").append(this.offset).append(")");
		}
		return java.toString();
	}

	/**
	 * The includes as the engine merges them: a second include of the same alias (the generator adds them without
	 * options, like a dotted path) adds its children to the first, at every level.
	 */
	static List<IncludeSpec> merged(List<IncludeSpec> includes) {
		Map<String, IncludeSpec> byAlias = new LinkedHashMap<>();
		for (IncludeSpec include : includes) {
			IncludeSpec first = byAlias.get(include.alias());
			List<IncludeSpec> children = new ArrayList<>((first != null) ? first.includes() : List.of());
			children.addAll(include.includes());
			IncludeSpec options = (first != null) ? first : include;
			byAlias.put(include.alias(), options.withIncludes(merged(children)));
		}
		return List.copyOf(byAlias.values());
	}

	/**
	 * Whether the find is one the engine must accept: an order on {@code alias.attribute} needs that include.
	 */
	boolean valid() {
		return this.orders.stream()
			.filter((sort) -> sort.path().contains("."))
			.allMatch((sort) -> this.includes.stream()
				.anyMatch((i) -> sort.path().startsWith(i.alias() + ".")));
	}

	/**
	 * The cases with one part removed or simplified: the where or one of its atoms, an include, an option.
	 */
	List<FuzzCase> smaller() {
		List<FuzzCase> smaller = new ArrayList<>();
		if (this.where != null) {
			smaller.add(withWhere(null));
			for (Where simpler : smallerWheres(this.where)) {
				smaller.add(withWhere(simpler));
			}
		}
		for (int i = 0; i < this.includes.size(); i++) {
			List<IncludeSpec> without = new ArrayList<>(this.includes);
			without.remove(i);
			smaller.add(withIncludes(without));
		}
		for (int i = 0; i < this.includes.size(); i++) {
			for (IncludeSpec simpler : this.includes.get(i).smaller()) {
				List<IncludeSpec> changed = new ArrayList<>(this.includes);
				changed.set(i, simpler);
				smaller.add(withIncludes(changed));
			}
		}
		if (this.attributes != null) {
			smaller.add(new FuzzCase(this.root, this.where, this.includes, null, this.orders, this.limit, this.offset,
					this.count));
		}
		for (int i = 0; i < this.orders.size(); i++) {
			List<Sort> without = new ArrayList<>(this.orders);
			without.remove(i);
			smaller.add(new FuzzCase(this.root, this.where, this.includes, this.attributes, without, this.limit,
					this.offset, this.count));
		}
		if (this.limit != null) {
			smaller.add(new FuzzCase(this.root, this.where, this.includes, this.attributes, this.orders, null,
					this.offset, this.count));
		}
		if (this.offset != null) {
			smaller.add(new FuzzCase(this.root, this.where, this.includes, this.attributes, this.orders, this.limit,
					null, this.count));
		}
		if (this.count) {
			smaller.add(new FuzzCase(this.root, this.where, this.includes, this.attributes, this.orders, this.limit,
					this.offset, false));
		}
		return smaller;
	}

	private FuzzCase withWhere(Where where) {
		return new FuzzCase(this.root, where, this.includes, this.attributes, this.orders, this.limit, this.offset,
				this.count);
	}

	private FuzzCase withIncludes(List<IncludeSpec> includes) {
		return new FuzzCase(this.root, this.where, List.copyOf(includes), this.attributes, this.orders, this.limit,
				this.offset, this.count);
	}

	static List<Where> smallerWheres(Where where) {
		List<Where> smaller = new ArrayList<>();
		if (where instanceof Where.Junction junction) {
			List<Where> conditions = junction.conditions();
			smaller.addAll(conditions);
			for (int i = 0; i < conditions.size(); i++) {
				List<Where> without = new ArrayList<>(conditions);
				without.remove(i);
				smaller.add(new Where.Junction(junction.and(), List.copyOf(without)));
			}
			for (int i = 0; i < conditions.size(); i++) {
				for (Where simpler : smallerWheres(conditions.get(i))) {
					List<Where> changed = new ArrayList<>(conditions);
					changed.set(i, simpler);
					smaller.add(new Where.Junction(junction.and(), List.copyOf(changed)));
				}
			}
		}
		else if (where instanceof Where.Not not) {
			smaller.add(not.condition());
			for (Where simpler : smallerWheres(not.condition())) {
				smaller.add(new Where.Not(simpler));
			}
		}
		else if (where instanceof Where.InList in && in.values().size() > 1) {
			for (int i = 0; i < in.values().size(); i++) {
				List<Object> without = new ArrayList<>(in.values());
				without.remove(i);
				smaller.add(new Where.InList(in.attribute(), List.copyOf(without), in.negated()));
			}
		}
		return smaller;
	}

	/**
	 * The same atom on another attribute name (a path to an attribute of the same type).
	 */
	static Where renamed(Where atom, String attribute) {
		if (atom instanceof Where.Comparison c) {
			return new Where.Comparison(attribute, c.operator(), c.value());
		}
		if (atom instanceof Where.InList in) {
			return new Where.InList(attribute, in.values(), in.negated());
		}
		if (atom instanceof Where.Like like) {
			return new Where.Like(attribute, like.pattern(), like.caseInsensitive());
		}
		if (atom instanceof Where.NullCheck n) {
			return new Where.NullCheck(attribute, n.isNull());
		}
		Where.Between b = (Where.Between) atom;
		return new Where.Between(attribute, b.low(), b.high());
	}

	static String java(Where where) {
		if (where instanceof Where.Comparison c) {
			return "Where." + c.operator().name().toLowerCase() + "(\"" + c.attribute() + "\", " + value(c.value()) + ")";
		}
		if (where instanceof Where.InList in) {
			return "Where." + (in.negated() ? "notIn" : "in") + "(\"" + in.attribute() + "\", List.of("
					+ String.join(", ", in.values().stream().map(FuzzCase::value).toList()) + "))";
		}
		if (where instanceof Where.Like like) {
			return "Where." + (like.caseInsensitive() ? "iLike" : "like") + "(\"" + like.attribute() + "\", "
					+ value(like.pattern()) + ")";
		}
		if (where instanceof Where.NullCheck n) {
			return "Where." + (n.isNull() ? "isNull" : "notNull") + "(\"" + n.attribute() + "\")";
		}
		if (where instanceof Where.Between b) {
			return "Where.between(\"" + b.attribute() + "\", " + value(b.low()) + ", " + value(b.high()) + ")";
		}
		if (where instanceof Where.Junction j) {
			return "Where." + (j.and() ? "and" : "or") + "("
					+ String.join(", ", j.conditions().stream().map(FuzzCase::java).toList()) + ")";
		}
		return "Where.not(" + java(((Where.Not) where).condition()) + ")";
	}

	static String value(Object value) {
		if (value instanceof String s) {
			return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
		if (value instanceof Long l) {
			return l + "L";
		}
		if (value instanceof java.time.Instant instant) {
			return "Instant.parse(\"" + instant + "\")";
		}
		return String.valueOf(value);
	}

	static String strings(List<String> values) {
		return String.join(", ", values.stream().map((v) -> "\"" + v + "\"").toList());
	}

	/**
	 * One include of a case, with every option the generator sets; {@code null} means not set.
	 */
	record IncludeSpec(String alias, Where where, Boolean required, List<String> attributes, List<Sort> orders,
			Integer limit, List<String> through, Boolean separate, List<IncludeSpec> includes) {

		boolean isRequired() {
			return (this.required != null) ? this.required : this.where != null;
		}

		Include toInclude() {
			Include include = Include.of(this.alias);
			if (this.where != null) {
				include = include.where(this.where);
			}
			if (this.required != null) {
				include = include.required(this.required);
			}
			if (this.attributes != null) {
				include = include.attributes(this.attributes.toArray(String[]::new));
			}
			for (Sort sort : this.orders) {
				include = include.order(sort.path(), sort.direction());
			}
			if (this.limit != null) {
				include = include.limit(this.limit);
			}
			if (this.through != null) {
				include = include.through(this.through.toArray(String[]::new));
			}
			if (this.separate != null) {
				include = include.separate(this.separate);
			}
			if (!this.includes.isEmpty()) {
				include = include.include(this.includes.stream().map(IncludeSpec::toInclude).toArray(Include[]::new));
			}
			return include;
		}

		String toJava(String indent) {
			StringBuilder java = new StringBuilder("Include.of(\"" + this.alias + "\")");
			if (this.where != null) {
				java.append(".where(").append(FuzzCase.java(this.where)).append(")");
			}
			if (this.required != null) {
				java.append(".required(").append(this.required).append(")");
			}
			if (this.attributes != null) {
				java.append(".attributes(").append(strings(this.attributes)).append(")");
			}
			for (Sort sort : this.orders) {
				java.append(".order(\"").append(sort.path()).append("\", Order.").append(sort.direction()).append(")");
			}
			if (this.limit != null) {
				java.append(".limit(").append(this.limit).append(")");
			}
			if (this.through != null) {
				java.append(".through(").append(strings(this.through)).append(")");
			}
			if (this.separate != null) {
				java.append(".separate(").append(this.separate).append(")");
			}
			for (IncludeSpec include : this.includes) {
				java.append("\n").append(indent).append(".include(").append(include.toJava(indent + "\t")).append(")");
			}
			return java.toString();
		}

		List<IncludeSpec> smaller() {
			List<IncludeSpec> smaller = new ArrayList<>();
			if (this.where != null) {
				smaller.add(with((s) -> new IncludeSpec(s.alias, null, s.required, s.attributes, s.orders, s.limit,
						s.through, s.separate, s.includes)));
				for (Where simpler : smallerWheres(this.where)) {
					smaller.add(with((s) -> new IncludeSpec(s.alias, simpler, s.required, s.attributes, s.orders,
							s.limit, s.through, s.separate, s.includes)));
				}
			}
			if (this.required != null) {
				smaller.add(with((s) -> new IncludeSpec(s.alias, s.where, null, s.attributes, s.orders, s.limit,
						s.through, s.separate, s.includes)));
			}
			if (this.attributes != null) {
				smaller.add(with((s) -> new IncludeSpec(s.alias, s.where, s.required, null, s.orders, s.limit,
						s.through, s.separate, s.includes)));
			}
			for (int i = 0; i < this.orders.size(); i++) {
				List<Sort> without = new ArrayList<>(this.orders);
				without.remove(i);
				smaller.add(with((s) -> new IncludeSpec(s.alias, s.where, s.required, s.attributes, List.copyOf(without),
						s.limit, s.through, s.separate, s.includes)));
			}
			if (this.limit != null) {
				smaller.add(with((s) -> new IncludeSpec(s.alias, s.where, s.required, s.attributes, s.orders, null,
						s.through, s.separate, s.includes)));
			}
			if (this.through != null) {
				smaller.add(with((s) -> new IncludeSpec(s.alias, s.where, s.required, s.attributes, s.orders, s.limit,
						null, s.separate, s.includes)));
			}
			if (this.separate != null) {
				smaller.add(with((s) -> new IncludeSpec(s.alias, s.where, s.required, s.attributes, s.orders, s.limit,
						s.through, null, s.includes)));
			}
			for (int i = 0; i < this.includes.size(); i++) {
				List<IncludeSpec> without = new ArrayList<>(this.includes);
				without.remove(i);
				smaller.add(withIncludes(without));
			}
			for (int i = 0; i < this.includes.size(); i++) {
				for (IncludeSpec simpler : this.includes.get(i).smaller()) {
					List<IncludeSpec> changed = new ArrayList<>(this.includes);
					changed.set(i, simpler);
					smaller.add(withIncludes(changed));
				}
			}
			return smaller;
		}

		private IncludeSpec with(Function<IncludeSpec, IncludeSpec> change) {
			return change.apply(this);
		}

		IncludeSpec withIncludes(List<IncludeSpec> includes) {
			return new IncludeSpec(this.alias, this.where, this.required, this.attributes, this.orders, this.limit,
					this.through, this.separate, List.copyOf(includes));
		}

	}

}
