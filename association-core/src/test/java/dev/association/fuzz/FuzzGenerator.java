package dev.association.fuzz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.association.fuzz.FuzzCase.IncludeSpec;
import dev.association.fuzz.FuzzSchema.AssociationDef;
import dev.association.fuzz.FuzzSchema.AttributeDef;
import dev.association.fuzz.FuzzSchema.Kind;
import dev.association.fuzz.FuzzSchema.ModelDef;
import dev.association.query.Order;
import dev.association.query.Sort;
import dev.association.query.Where;

/**
 * Generates one {@link FuzzCase} from a seed: conditions with every operator, includes nested up to three levels
 * with every option that the include's kind accepts, top-level order, limit, offset and count.
 */
final class FuzzGenerator {

	private static final List<Class<?>> ROOTS = List.of(FuzzUser.class, FuzzUser.class, FuzzUser.class,
			FuzzPost.class, FuzzPost.class, FuzzComment.class, FuzzTag.class);

	private final Random random;

	private FuzzGenerator(long seed) {
		this.random = new Random(seed);
	}

	static FuzzCase generate(long seed) {
		return new FuzzGenerator(seed).find();
	}

	private FuzzCase find() {
		Class<?> root = FuzzValues.pick(this.random, ROOTS);
		ModelDef model = FuzzSchema.def(root);
		Where where = chance(70) ? where(model, 0) : null;
		List<IncludeSpec> includes = includes(model, 1, this.random.nextInt(4));
		List<String> attributes = chance(15) ? attributes(model) : null;
		List<Sort> orders = new ArrayList<>();
		if (chance(50)) {
			for (int i = 0, n = 1 + this.random.nextInt(2); i < n; i++) {
				orders.add(new Sort(orderPath(model, includes), order()));
			}
		}
		Integer limit = chance(30) ? this.random.nextInt(7) : null;
		Integer offset = chance(20) ? this.random.nextInt(6) : null;
		return new FuzzCase(root, where, includes, attributes, List.copyOf(orders), limit, offset, chance(30));
	}

	private String orderPath(ModelDef model, List<IncludeSpec> includes) {
		List<IncludeSpec> toOnes = includes.stream()
			.filter((i) -> !model.associations().get(i.alias()).type().toMany())
			.toList();
		if (!toOnes.isEmpty() && chance(30)) {
			IncludeSpec include = FuzzValues.pick(this.random, toOnes);
			ModelDef target = FuzzSchema.def(model.associations().get(include.alias()).target());
			return include.alias() + "." + orderable(target);
		}
		return orderable(model);
	}

	private List<IncludeSpec> includes(ModelDef model, int depth, int count) {
		List<AssociationDef> candidates = new ArrayList<>(model.associations().values());
		List<IncludeSpec> includes = new ArrayList<>();
		for (int i = 0; i < count && !candidates.isEmpty(); i++) {
			AssociationDef association = candidates.remove(this.random.nextInt(candidates.size()));
			includes.add(include(association, depth));
		}
		if (!includes.isEmpty() && depth < 3 && chance(12)) {
			// the same alias again with one more child and no options, as include("posts.comments") after
			// include(Include.of("posts")...): the engine merges it into the first
			IncludeSpec first = FuzzValues.pick(this.random, includes);
			ModelDef target = FuzzSchema.def(model.associations().get(first.alias()).target());
			String child = FuzzValues.pick(this.random, List.copyOf(target.associations().keySet()));
			includes.add(new IncludeSpec(first.alias(), null, null, null, List.of(), null, null, null,
					List.of(new IncludeSpec(child, null, null, null, List.of(), null, null, null, List.of()))));
		}
		return List.copyOf(includes);
	}

	private IncludeSpec include(AssociationDef association, int depth) {
		ModelDef target = FuzzSchema.def(association.target());
		boolean toMany = association.type().toMany();
		Where where = chance(35) ? where(target, 0) : null;
		Boolean required = chance(30) ? this.random.nextBoolean() : null;
		List<String> attributes = chance(20) ? attributes(target) : null;
		List<Sort> orders = new ArrayList<>();
		Integer limit = null;
		Boolean separate = null;
		List<String> through = null;
		if (toMany) {
			if (chance(40)) {
				for (int i = 0, n = 1 + this.random.nextInt(2); i < n; i++) {
					orders.add(new Sort(orderable(target), order()));
				}
			}
			limit = chance(25) ? this.random.nextInt(4) : null;
			if (limit == null && chance(25)) {
				separate = false;
			}
			else if (chance(10)) {
				separate = true;
			}
		}
		else if (chance(10)) {
			separate = false;
		}
		if (association.type() == FuzzSchema.Type.BELONGS_TO_MANY && chance(25)) {
			through = attributes(FuzzSchema.def(FuzzPostTag.class));
		}
		List<IncludeSpec> nested = (depth < 3 && chance(45)) ? includes(target, depth + 1, 1 + this.random.nextInt(2))
				: List.of();
		return new IncludeSpec(association.alias(), where, required, attributes, List.copyOf(orders), limit, through,
				separate, nested);
	}

	private List<String> attributes(ModelDef model) {
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0, n = 1 + this.random.nextInt(3); i < n; i++) {
			names.add(FuzzValues.pick(this.random, model.attributes()).name());
		}
		return List.copyOf(names);
	}

	/** An attribute that is ordered the same way by every database: not a string (collations differ). */
	private String orderable(ModelDef model) {
		List<AttributeDef> orderable = model.attributes().stream().filter((a) -> a.kind() != Kind.STRING).toList();
		return FuzzValues.pick(this.random, orderable).name();
	}

	private Order order() {
		return this.random.nextBoolean() ? Order.ASC : Order.DESC;
	}

	private Where where(ModelDef model, int depth) {
		int roll = this.random.nextInt(100);
		if (depth < 3 && roll < 25) {
			List<Where> conditions = new ArrayList<>();
			for (int i = 0, n = this.random.nextInt(4); i < n; i++) {
				conditions.add(where(model, depth + 1));
			}
			Where[] array = conditions.toArray(Where[]::new);
			return this.random.nextBoolean() ? Where.and(array) : Where.or(array);
		}
		if (depth < 3 && roll < 33) {
			return Where.not(where(model, depth + 1));
		}
		if (chance(25)) {
			return pathAtom(model);
		}
		return atom(FuzzValues.pick(this.random, model.attributes()));
	}

	/**
	 * An atom on an attribute reached through one to three associations ({@code "posts.comments.stars"}): to-one
	 * steps joined, to-many ones as semi-joins, self-associations and scoped ones included.
	 */
	private Where pathAtom(ModelDef model) {
		StringBuilder path = new StringBuilder();
		ModelDef current = model;
		for (int i = 0, n = 1 + this.random.nextInt(3); i < n; i++) {
			AssociationDef association = FuzzValues.pick(this.random, List.copyOf(current.associations().values()));
			path.append(association.alias()).append('.');
			current = FuzzSchema.def(association.target());
		}
		AttributeDef attribute = FuzzValues.pick(this.random, current.attributes());
		Where atom = atom(attribute);
		return FuzzCase.renamed(atom, path + attribute.name());
	}

	private Where atom(AttributeDef attribute) {
		String name = attribute.name();
		List<String> operators = new ArrayList<>(List.of("eq", "ne", "in", "inList", "notIn", "notInList", "isNull",
				"notNull"));
		if (attribute.kind() == Kind.STRING) {
			operators.addAll(List.of("like", "like", "iLike", "iLike"));
		}
		else if (attribute.kind() != Kind.BOOL) {
			operators.addAll(List.of("gt", "gte", "lt", "lte", "between", "between"));
		}
		return switch (FuzzValues.pick(this.random, operators)) {
			case "eq" -> Where.eq(name, chance(5) ? null : value(attribute));
			case "ne" -> Where.ne(name, chance(5) ? null : value(attribute));
			case "in" -> Where.in(name, values(attribute).toArray());
			case "inList" -> Where.in(name, values(attribute));
			case "notIn" -> Where.notIn(name, values(attribute).toArray());
			case "notInList" -> Where.notIn(name, values(attribute));
			case "isNull" -> Where.isNull(name);
			case "notNull" -> Where.notNull(name);
			case "like" -> Where.like(name, pattern());
			case "iLike" -> Where.iLike(name, pattern());
			case "gt" -> Where.gt(name, value(attribute));
			case "gte" -> Where.gte(name, value(attribute));
			case "lt" -> Where.lt(name, value(attribute));
			case "lte" -> Where.lte(name, value(attribute));
			default -> Where.between(name, value(attribute), value(attribute));
		};
	}

	private List<Object> values(AttributeDef attribute) {
		List<Object> values = new ArrayList<>();
		for (int i = 0, n = this.random.nextInt(chance(10) ? 1 : 5); i < n; i++) {
			values.add(value(attribute));
		}
		return values;
	}

	private Object value(AttributeDef attribute) {
		return switch (attribute.kind()) {
			case LONG -> integer(1L + this.random.nextInt(16) - (chance(5) ? 20 : 0));
			case INT -> integer(chance(85) ? FuzzValues.pick(this.random, FuzzValues.INTS) : this.random.nextInt(9) - 4);
			case DOUBLE -> chance(85) ? FuzzValues.pick(this.random, FuzzValues.DOUBLES) : this.random.nextInt(5) - 2.0;
			case BOOL -> this.random.nextBoolean();
			case STRING -> chance(85) ? FuzzValues.pick(this.random, FuzzValues.STRINGS)
					: FuzzValues.pick(this.random, List.of("Ab", "zz", "a ", "É", "日"));
			case INSTANT -> chance(80) ? FuzzValues.pick(this.random, FuzzValues.INSTANTS)
					: Instant.parse("2024-01-01T00:00:00Z").plusNanos(1000L * (this.random.nextInt(5) - 2));
		};
	}

	/** An Integer or a Long: both must be accepted for an integer attribute of either width. */
	private Object integer(long value) {
		return this.random.nextBoolean() ? Long.valueOf(value) : Integer.valueOf((int) value);
	}

	/**
	 * A like pattern made from a pooled string: some characters become {@code _}, runs become {@code %}, a literal
	 * {@code %} or {@code _} may be escaped with a backslash, ASCII letters may change case.
	 */
	private String pattern() {
		String source = FuzzValues.pick(this.random, FuzzValues.STRINGS);
		StringBuilder pattern = new StringBuilder();
		if (chance(30)) {
			pattern.append('%');
		}
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			int roll = this.random.nextInt(100);
			if (roll < 15) {
				pattern.append('_');
			}
			else if (roll < 25) {
				pattern.append('%');
			}
			else if ((c == '%' || c == '_') && roll < 60) {
				pattern.append('\\').append(c);
			}
			else if (c < 128 && Character.isLetter(c) && roll < 45) {
				pattern.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
			}
			else {
				pattern.append(c);
			}
		}
		if (chance(30)) {
			pattern.append('%');
		}
		return pattern.toString();
	}

	private boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

}
