package dev.association.plan;

import java.util.Arrays;

/**
 * The shape of one list of includes with everything nested in it (see {@link ShapeWalker}), as one token of a
 * {@link FindShape}: its tokens and how many values it holds (slots inside it count from the list's first value).
 * Like every token it holds no value, so a cached shape keeps none of a find's values alive.
 */
final class IncludesShape {

	static final IncludesShape NONE = new IncludesShape(new Object[] { 0 }, 0);

	private final Object[] tokens;

	private final int valueCount;

	private final int hash;

	IncludesShape(Object[] tokens, int valueCount) {
		this.tokens = tokens;
		this.valueCount = valueCount;
		this.hash = Arrays.hashCode(tokens);
	}

	/**
	 * The number of values in the includes.
	 */
	int valueCount() {
		return this.valueCount;
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
