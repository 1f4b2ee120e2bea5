package dev.association.benchmarks.graph;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Turns any implementation's result into an implementation-neutral tree of maps and lists, by reading the fields
 * a {@link Shape} names. Top-level rows keep their order (the workloads order them); to-many children are sorted by
 * {@code id}, because the workloads do not order them. Two results are the same graph when their canonical forms
 * are equal.
 */
public final class CanonicalGraph {

	private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

	private final UnaryOperator<Object> unwrap;

	/**
	 * A canonicaliser for plain objects.
	 */
	public CanonicalGraph() {
		this(UnaryOperator.identity());
	}

	/**
	 * A canonicaliser that unwraps every node first (for example Hibernate's proxies).
	 * @param unwrap gives the real object of a node
	 */
	public CanonicalGraph(UnaryOperator<Object> unwrap) {
		this.unwrap = unwrap;
	}

	/**
	 * The canonical form of a result: a list of rows, one row, or an {@link Optional} of a row.
	 * @param result the result
	 * @param shape the shape of a row
	 * @return the canonical form
	 */
	public Object of(Object result, Shape shape) {
		if (result instanceof Optional<?> optional) {
			return optional.map((row) -> node(row, shape)).orElse(null);
		}
		if (result instanceof Collection<?> rows) {
			List<Object> all = new ArrayList<>(rows.size());
			for (Object row : rows) {
				all.add(node(row, shape));
			}
			return all;
		}
		return node(result, shape);
	}

	private Map<String, Object> node(Object value, Shape shape) {
		Object row = this.unwrap.apply(value);
		Map<String, Object> node = new LinkedHashMap<>();
		for (String attribute : shape.attributes()) {
			node.put(attribute, normalise(read(row, attribute)));
		}
		shape.associations().forEach((name, child) -> node.put(name, association(read(row, name), child)));
		return node;
	}

	private Object association(Object value, Shape shape) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> rows) {
			List<Map<String, Object>> children = new ArrayList<>(rows.size());
			for (Object row : rows) {
				children.add(node(row, shape));
			}
			children.sort(Comparator.comparing((child) -> (Long) child.get("id")));
			return children;
		}
		return node(value, shape);
	}

	private static Object normalise(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		return value;
	}

	private static Object read(Object row, String name) {
		Field field = FIELDS.computeIfAbsent(row.getClass().getName() + "#" + name, (key) -> field(row.getClass(), name));
		try {
			return field.get(row);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot read " + name + " of " + row.getClass().getName(), ex);
		}
	}

	private static Field field(Class<?> type, String name) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			try {
				Field field = current.getDeclaredField(name);
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		throw new IllegalStateException(type.getName() + " has no field '" + name + "'");
	}

}
