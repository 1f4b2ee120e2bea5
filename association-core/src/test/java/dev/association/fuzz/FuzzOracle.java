package dev.association.fuzz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.association.fuzz.FuzzCase.IncludeSpec;
import dev.association.fuzz.FuzzSchema.AssociationDef;
import dev.association.fuzz.FuzzSchema.Kind;
import dev.association.fuzz.FuzzSchema.ModelDef;
import dev.association.fuzz.FuzzSchema.Type;
import dev.association.query.Order;
import dev.association.query.Sort;
import dev.association.query.Where;

/**
 * Computes in memory, from the rows of every table, what a {@link FuzzCase} must load, following the README:
 * SQL's three-valued logic for conditions; a where makes an include required unless {@code required(false)}; a
 * required include keeps a parent only when a matching row exists (with its own required includes), turns an
 * optional to-one into null, and drops children of a to-many; children and rows come in their order and then by
 * primary key, NULLs where the database sorts them; per-parent limits after filtering; top-level limit and offset
 * on the top-level rows; count ignores limit, offset and optional includes.
 */
final class FuzzOracle {

	private final Map<Class<?>, List<Map<String, Object>>> tables;

	private final String database;

	FuzzOracle(Map<Class<?>, List<Map<String, Object>>> tables, String database) {
		this.tables = tables;
		this.database = database;
	}

	long count(FuzzCase find) {
		return filtered(merged(find)).size();
	}

	/** The rows the find loads, each as its attributes (and included associations) by name. */
	List<Map<String, Object>> findAll(FuzzCase original) {
		FuzzCase find = merged(original);
		ModelDef model = FuzzSchema.def(find.root());
		List<Map<String, Object>> rows = new ArrayList<>(filtered(find));
		rows.sort(order(model, find.orders(), (row, path) -> pathValue(model, find.includes(), row, path)));
		int from = Math.min(rows.size(), (find.offset() != null) ? find.offset() : 0);
		int to = (find.limit() != null) ? Math.min(rows.size(), from + find.limit()) : rows.size();
		return rows.subList(from, to).stream().map((row) -> graph(model, row, find.attributes(), find.includes())).toList();
	}

	private static FuzzCase merged(FuzzCase find) {
		return new FuzzCase(find.root(), find.where(), FuzzCase.merged(find.includes()), find.attributes(),
				find.orders(), find.limit(), find.offset(), find.count());
	}

	private List<Map<String, Object>> filtered(FuzzCase find) {
		ModelDef model = FuzzSchema.def(find.root());
		return this.tables.get(find.root())
			.stream()
			.filter((row) -> find.where() == null || test(model, find.where(), row) == Boolean.TRUE)
			.filter((row) -> requiredIncludesMatch(model, find.includes(), row))
			.toList();
	}

	private Object pathValue(ModelDef model, List<IncludeSpec> includes, Map<String, Object> row, String path) {
		int dot = path.indexOf('.');
		if (dot < 0) {
			return row.get(path);
		}
		String alias = path.substring(0, dot);
		IncludeSpec include = includes.stream().filter((i) -> i.alias().equals(alias)).findFirst().orElseThrow();
		List<Map<String, Object>> matching = children(model.associations().get(alias), include, row);
		return matching.isEmpty() ? null : matching.get(0).get(path.substring(dot + 1));
	}

	private Map<String, Object> graph(ModelDef model, Map<String, Object> row, List<String> attributes,
			List<IncludeSpec> includes) {
		Map<String, Object> graph = new LinkedHashMap<>();
		model.attributes().forEach((a) -> graph.put(a.name(),
				(attributes == null || attributes.contains(a.name())) ? row.get(a.name()) : null));
		for (IncludeSpec include : includes) {
			AssociationDef association = model.associations().get(include.alias());
			ModelDef target = FuzzSchema.def(association.target());
			List<Map<String, Object>> children = new ArrayList<>(children(association, include, row));
			if (association.type().toMany()) {
				children.sort(order(target, include.orders(), Map::get));
				if (include.limit() != null && children.size() > include.limit()) {
					children = children.subList(0, include.limit());
				}
				List<Object> graphs = new ArrayList<>();
				for (Map<String, Object> child : children) {
					graphs.add(childGraph(association, include, row, child));
				}
				graph.put(include.alias(), graphs);
			}
			else {
				graph.put(include.alias(),
						children.isEmpty() ? null : childGraph(association, include, row, children.get(0)));
			}
		}
		return graph;
	}

	private Map<String, Object> childGraph(AssociationDef association, IncludeSpec include, Map<String, Object> parent,
			Map<String, Object> child) {
		ModelDef target = FuzzSchema.def(association.target());
		Map<String, Object> graph = graph(target, child, include.attributes(), include.includes());
		if (association.type() == Type.BELONGS_TO_MANY) {
			Map<String, Object> join = joinRows(association, parent).stream()
				.filter((j) -> Objects.equals(j.get(association.otherKey()), child.get("id")))
				.findFirst()
				.orElseThrow();
			Map<String, Object> joinGraph = new LinkedHashMap<>();
			FuzzSchema.def(FuzzPostTag.class).attributes().forEach((a) -> joinGraph.put(a.name(),
					(include.through() == null || include.through().contains(a.name())) ? join.get(a.name()) : null));
			graph.put(target.joinField(), joinGraph);
		}
		return graph;
	}

	/** The rows an include loads for one parent: linked, in scope, matching its where and required includes. */
	private List<Map<String, Object>> children(AssociationDef association, IncludeSpec include,
			Map<String, Object> parent) {
		ModelDef target = FuzzSchema.def(association.target());
		return linked(association, parent).stream()
			.filter((row) -> include.where() == null || test(target, include.where(), row) == Boolean.TRUE)
			.filter((row) -> requiredIncludesMatch(target, include.includes(), row))
			.toList();
	}

	private boolean requiredIncludesMatch(ModelDef model, List<IncludeSpec> includes, Map<String, Object> row) {
		for (IncludeSpec include : includes) {
			if (include.isRequired() && children(model.associations().get(include.alias()), include, row).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private List<Map<String, Object>> linked(AssociationDef association, Map<String, Object> parent) {
		List<Map<String, Object>> targets = this.tables.get(association.target());
		Object id = parent.get("id");
		if (id == null) {
			return List.of();
		}
		return switch (association.type()) {
			case HAS_ONE, HAS_MANY -> targets.stream()
				.filter((t) -> id.equals(t.get(association.foreignKey())))
				.filter((t) -> association.scope().entrySet().stream()
					.allMatch((s) -> Objects.equals(t.get(s.getKey()), s.getValue())))
				.toList();
			case BELONGS_TO -> targets.stream()
				.filter((t) -> t.get("id").equals(parent.get(association.foreignKey())))
				.toList();
			case BELONGS_TO_MANY -> {
				List<Object> ids = joinRows(association, parent).stream().map((j) -> j.get(association.otherKey())).toList();
				yield targets.stream().filter((t) -> ids.contains(t.get("id"))).toList();
			}
		};
	}

	private List<Map<String, Object>> joinRows(AssociationDef association, Map<String, Object> parent) {
		return this.tables.get(FuzzPostTag.class)
			.stream()
			.filter((j) -> parent.get("id").equals(j.get(association.foreignKey())))
			.filter((j) -> association.scope().entrySet().stream()
				.allMatch((s) -> Objects.equals(j.get(s.getKey()), s.getValue())))
			.toList();
	}

	private Comparator<Map<String, Object>> order(ModelDef model, List<Sort> sorts, PathReader reader) {
		Comparator<Map<String, Object>> comparator = (a, b) -> 0;
		for (Sort sort : sorts) {
			Comparator<Map<String, Object>> one = (a, b) -> compareNullable(reader.read(a, sort.path()),
					reader.read(b, sort.path()));
			comparator = comparator.thenComparing((sort.direction() == Order.DESC) ? one.reversed() : one);
		}
		return comparator.thenComparing((row) -> (Long) row.get("id"));
	}

	/** NULLs sort after every value on PostgreSQL, before every value on H2 and MariaDB (ascending). */
	private int compareNullable(Object a, Object b) {
		if (a == null || b == null) {
			boolean nullsHigh = this.database.equals("postgresql");
			return (a == b) ? 0 : ((a == null) == nullsHigh) ? 1 : -1;
		}
		return compare(a, b);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y && !(a instanceof Double) && !(b instanceof Double)) {
			return Long.compare(x.longValue(), y.longValue());
		}
		if (a instanceof Number x && b instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		return ((Comparable) a).compareTo(b);
	}

	/** SQL's three-valued logic: TRUE, FALSE or null for UNKNOWN. */
	Boolean test(ModelDef model, Where where, Map<String, Object> row) {
		if (where instanceof Where.Junction junction) {
			boolean unknown = false;
			for (Where condition : junction.conditions()) {
				Boolean result = test(model, condition, row);
				if (result == null) {
					unknown = true;
				}
				else if (result != junction.and()) {
					return result;
				}
			}
			return unknown ? null : junction.and();
		}
		if (where instanceof Where.Not not) {
			Boolean result = test(model, not.condition(), row);
			return (result != null) ? !result : null;
		}
		String path = attributeOf(where);
		if (path.indexOf('.') >= 0) {
			return testPath(model, where, path, row);
		}
		if (where instanceof Where.NullCheck check) {
			return (row.get(check.attribute()) == null) == check.isNull();
		}
		if (where instanceof Where.InList in && in.values().isEmpty()) {
			return in.negated();
		}
		String attribute = attributeOf(where);
		Object value = row.get(attribute);
		if (value == null) {
			return null;
		}
		Kind kind = model.attribute(attribute).kind();
		if (where instanceof Where.Comparison c) {
			int comparison = compareTo(kind, value, c.value());
			return switch (c.operator()) {
				case EQ -> comparison == 0;
				case NE -> comparison != 0;
				case GT -> comparison > 0;
				case GTE -> comparison >= 0;
				case LT -> comparison < 0;
				case LTE -> comparison <= 0;
			};
		}
		if (where instanceof Where.InList in) {
			boolean found = in.values().stream().anyMatch((v) -> compareTo(kind, value, v) == 0);
			return found != in.negated();
		}
		if (where instanceof Where.Between between) {
			return compareTo(kind, value, between.low()) >= 0 && compareTo(kind, value, between.high()) <= 0;
		}
		Where.Like like = (Where.Like) where;
		return like((String) value, like.pattern(), like.caseInsensitive());
	}

	/**
	 * An atom on a path: to-one steps before the first to-many one are LEFT JOINs (a missing row reads as NULLs),
	 * from the first to-many step on the atom is true when it holds for any row reached (EXISTS, never unknown).
	 */
	private Boolean testPath(ModelDef model, Where where, String path, Map<String, Object> row) {
		String[] segments = path.split("\\.");
		ModelDef current = model;
		Map<String, Object> joined = row;
		int step = 0;
		for (; step < segments.length - 1; step++) {
			AssociationDef association = current.associations().get(segments[step]);
			if (association.type().toMany()) {
				break;
			}
			List<Map<String, Object>> linked = linked(association, joined);
			joined = linked.isEmpty() ? Map.of() : linked.get(0);
			current = FuzzSchema.def(association.target());
		}
		Where atom = FuzzCase.renamed(where, segments[segments.length - 1]);
		if (step == segments.length - 1) {
			return test(current, atom, joined);
		}
		List<Map<String, Object>> reached = List.of(joined);
		for (; step < segments.length - 1; step++) {
			AssociationDef association = current.associations().get(segments[step]);
			List<Map<String, Object>> next = new ArrayList<>();
			for (Map<String, Object> from : reached) {
				next.addAll(linked(association, from));
			}
			reached = next;
			current = FuzzSchema.def(association.target());
		}
		ModelDef target = current;
		return reached.stream().anyMatch((r) -> test(target, atom, r) == Boolean.TRUE);
	}

	private static String attributeOf(Where where) {
		if (where instanceof Where.Comparison c) {
			return c.attribute();
		}
		if (where instanceof Where.InList in) {
			return in.attribute();
		}
		if (where instanceof Where.Between b) {
			return b.attribute();
		}
		if (where instanceof Where.NullCheck n) {
			return n.attribute();
		}
		return ((Where.Like) where).attribute();
	}

	/**
	 * Strings compare exactly on H2 and PostgreSQL; MariaDB's default collation ignores case, accents and trailing
	 * spaces.
	 */
	private int compareTo(Kind kind, Object value, Object other) {
		if (kind == Kind.STRING) {
			if (this.database.equals("mariadb")) {
				return fold((String) value).stripTrailing().compareTo(fold((String) other).stripTrailing());
			}
			return ((String) value).compareTo((String) other);
		}
		return compare(value, other);
	}

	private boolean like(String value, String pattern, boolean caseInsensitive) {
		if (this.database.equals("mariadb")) {
			return regex(fold(pattern)).matcher(fold(value)).matches();
		}
		if (caseInsensitive) {
			return regex(pattern.toLowerCase(Locale.ROOT)).matcher(value.toLowerCase(Locale.ROOT)).matches();
		}
		return regex(pattern).matcher(value).matches();
	}

	private static String fold(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** A LIKE pattern as a regular expression: {@code %} any run, {@code _} one character, backslash escapes. */
	private static Pattern regex(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\' && i + 1 < pattern.length()) {
				regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
			}
			else if (c == '%') {
				regex.append(".*");
			}
			else if (c == '_') {
				regex.append('.');
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	@FunctionalInterface
	private interface PathReader {

		Object read(Map<String, Object> row, String path);

	}

}
