package dev.association.plan;

import java.util.IdentityHashMap;
import java.util.List;

import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * The one walk over a find that separates its values from its shape. Values are numbered in walk order (the
 * find's condition depth first, then each include with its condition, limit and nested includes, then the find's
 * limit and offset): that number is a value's slot. The walk can record the shape (everything but the values, plus
 * which conditions and includes are the same instance), the values, and where each condition's and include's values
 * start; the planner refers to slots, never to values, so that one compiled find serves every find of its shape.
 */
final class ShapeWalker {

	private static final Object NONE = new Object() {

		@Override
		public String toString() {
			return "none";
		}

	};

	private final @Nullable List<Object> shape;

	private final @Nullable Object[] values;

	private final @Nullable Slots slots;

	private final @Nullable FindShapes memory;

	private @Nullable IdentityHashMap<Object, Integer> seen;

	private int next;

	private ShapeWalker(@Nullable List<Object> shape, @Nullable Object[] values, @Nullable Slots slots,
			@Nullable FindShapes memory) {
		this.shape = shape;
		this.values = values;
		this.slots = slots;
		this.memory = memory;
	}

	/**
	 * Records the shape of a find, taking the shapes of include lists from {@code memory} when given.
	 */
	static void shape(Find find, List<Object> shape, @Nullable FindShapes memory) {
		new ShapeWalker(shape, null, null, memory).find(find);
	}

	/**
	 * Records the shape of a list of includes, its slots counted from 0.
	 * @return the number of values in the includes
	 */
	static int includes(List<Include> includes, List<Object> shape, IdentityHashMap<Object, Integer> seen) {
		ShapeWalker walker = new ShapeWalker(shape, null, null, null);
		walker.seen = seen;
		walker.walkIncludes(includes);
		return walker.next;
	}

	/**
	 * The number of values of a find.
	 */
	static int count(Find find) {
		return values(find, new Object[0], null);
	}

	/**
	 * Writes the values of a find, in slot order, as far as {@code values} holds them; includes that
	 * {@code memory} knows to hold no value are skipped.
	 * @return the number of values the find has
	 */
	static int values(Find find, Object[] values, @Nullable FindShapes memory) {
		ShapeWalker walker = new ShapeWalker(null, values, null, memory);
		walker.find(find);
		return walker.next;
	}

	/**
	 * Records where the values of each condition and include of a find start.
	 */
	static void slots(Find find, Slots slots) {
		ShapeWalker walker = new ShapeWalker(null, null, slots, null);
		walker.find(find);
		slots.count = walker.next;
	}

	private void find(Find find) {
		where(find.getWhere());
		includes(find.getIncludes());
		token(nullable(find.getAttributes()));
		token(find.getOrders());
		token(find.getLimit() != null);
		token(find.getOffset() != null);
		token(find.isParanoid());
		if (find.getLimit() != null) {
			int slot = value(find.getLimit());
			if (this.slots != null) {
				this.slots.findLimit = slot;
			}
		}
		if (find.getOffset() != null) {
			int slot = value(find.getOffset());
			if (this.slots != null) {
				this.slots.findOffset = slot;
			}
		}
	}

	/**
	 * A find's includes. For the shape, one token: their remembered shape, unless one of their conditions is an
	 * instance met in the find's own condition (a sharing that only the walk of every part records). For the values,
	 * nothing when they hold none.
	 */
	private void includes(List<Include> includes) {
		FindShapes.Known known = (this.memory != null) ? this.memory.includes(includes) : null;
		if (known != null) {
			if (this.shape != null && (this.seen == null || !known.sharesAConditionWith(this.seen))) {
				token(known.shape);
				this.next += known.shape.valueCount();
				return;
			}
			if (this.values != null && known.shape.valueCount() == 0) {
				return;
			}
		}
		walkIncludes(includes);
	}

	private void walkIncludes(List<Include> includes) {
		token(includes.size());
		for (Include include : includes) {
			include(include);
		}
	}

	private void include(Include include) {
		shared(include);
		token(nullable(include.getAlias()));
		token(nullable(include.getTarget()));
		token(include.isAll());
		token(include.isNested());
		token(include.isRequired());
		token(nullable(include.getAttributes()));
		token(include.getOrders());
		token(include.getLimit() != null);
		token(nullable(include.getThrough()));
		token(nullable(include.getSeparate()));
		token(nullable(include.getParanoid()));
		where(include.getWhere());
		where(include.getThroughWhere());
		if (include.getLimit() != null) {
			int slot = value(include.getLimit());
			if (this.slots != null) {
				this.slots.includeLimit(include, slot);
			}
		}
		walkIncludes(include.getIncludes());
	}

	private void where(@Nullable Where where) {
		if (where == null) {
			token(NONE);
			return;
		}
		token(where.getClass());
		if (where instanceof Where.Junction junction) {
			token(junction.and());
			token(junction.conditions().size());
			for (Where condition : junction.conditions()) {
				where(condition);
			}
			return;
		}
		if (where instanceof Where.Not not) {
			where(not.condition());
			return;
		}
		shared(where);
		if (this.slots != null) {
			this.slots.conditions.putIfAbsent(where, this.next);
		}
		if (where instanceof Where.Comparison comparison) {
			token(comparison.attribute());
			token(comparison.operator());
			value(comparison.value());
		}
		else if (where instanceof Where.InList in) {
			token(in.attribute());
			token(in.negated());
			token(in.values().size());
			for (Object value : in.values()) {
				value(value);
			}
		}
		else if (where instanceof Where.Like like) {
			token(like.attribute());
			token(like.caseInsensitive());
			value(like.pattern());
		}
		else if (where instanceof Where.NullCheck nullCheck) {
			token(nullCheck.attribute());
			token(nullCheck.isNull());
		}
		else if (where instanceof Where.Between between) {
			token(between.attribute());
			value(between.low());
			value(between.high());
		}
		else if (where instanceof Where.Keyset keyset) {
			token(keyset.attributes());
			token(keyset.directions());
			for (Object value : keyset.values()) {
				token(value == null);
				value(value);
			}
		}
	}

	/**
	 * Records, for the shape, that a condition or include is an instance met before: its values are then the
	 * same as there in every find of the shape.
	 */
	private void shared(Object part) {
		if (this.shape != null) {
			IdentityHashMap<Object, Integer> parts = this.seen;
			if (parts == null) {
				parts = new IdentityHashMap<>(4);
				this.seen = parts;
			}
			Integer first = parts.putIfAbsent(part, this.next);
			token((first != null) ? List.of("same as", first) : NONE);
		}
	}

	private void token(Object token) {
		if (this.shape != null) {
			this.shape.add(token);
		}
	}

	private int value(@Nullable Object value) {
		if (this.values != null && this.next < this.values.length) {
			this.values[this.next] = value;
		}
		return this.next++;
	}

	private static Object nullable(@Nullable Object value) {
		return (value != null) ? value : NONE;
	}

}
