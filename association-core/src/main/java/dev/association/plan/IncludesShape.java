package dev.association.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

import dev.association.query.Include;
import dev.association.query.Where;

/**
 * The shape of one list of includes with everything nested in it (see {@link ShapeWalker}), as one token of a
 * {@link FindShape}: its tokens, how many values it holds, and the condition instances it holds, by which a find
 * that reuses one of them in its own condition is told apart. Slots inside it count from the list's first value.
 */
final class IncludesShape {

	static final IncludesShape NONE = new IncludesShape(new Object[] { 0 }, 0, new Where[0]);

	private final Object[] tokens;

	private final int valueCount;

	private final Where[] conditions;

	private final int hash;

	private IncludesShape(Object[] tokens, int valueCount, Where[] conditions) {
		this.tokens = tokens;
		this.valueCount = valueCount;
		this.conditions = conditions;
		this.hash = Arrays.hashCode(tokens);
	}

	static IncludesShape of(List<Include> includes) {
		if (includes.isEmpty()) {
			return NONE;
		}
		List<Object> tokens = new ArrayList<>();
		IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
		int valueCount = ShapeWalker.includes(includes, tokens, seen);
		Where[] conditions = seen.keySet()
			.stream()
			.filter(Where.class::isInstance)
			.map(Where.class::cast)
			.toArray(Where[]::new);
		return new IncludesShape(tokens.toArray(), valueCount, conditions);
	}

	/**
	 * The number of values in the includes.
	 */
	int valueCount() {
		return this.valueCount;
	}

	/**
	 * Whether a condition of the includes is one of the instances met before them (in the find's own condition).
	 */
	boolean sharesAConditionWith(IdentityHashMap<Object, Integer> seen) {
		for (Where condition : this.conditions) {
			if (seen.containsKey(condition)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof IncludesShape shape && this.hash == shape.hash
				&& Arrays.equals(this.tokens, shape.tokens));
	}

	@Override
	public int hashCode() {
		return this.hash;
	}

	@Override
	public String toString() {
		return Arrays.toString(this.tokens);
	}

}
