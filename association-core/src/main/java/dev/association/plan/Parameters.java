package dev.association.plan;

import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import org.jspecify.annotations.Nullable;

/**
 * The value slots of a planned find: how many values a find of its shape has, and the attribute each compared
 * value must fit. A plan refers to values by slot only; {@link #values(Find)} takes them from any find of the same
 * shape ({@link FindShape}), in slot order.
 */
public final class Parameters {

	private final int count;

	private final @Nullable ModelMetadata[] models;

	private final @Nullable Attribute[] attributes;

	Parameters(int count, @Nullable ModelMetadata[] models, @Nullable Attribute[] attributes) {
		this.count = count;
		this.models = models;
		this.attributes = attributes;
	}

	/**
	 * The number of value slots.
	 * @return the count
	 */
	public int count() {
		return this.count;
	}

	/**
	 * The values of a find, in slot order, without checking them (the planner checked the find they come from).
	 * @param find a find of the planned shape
	 * @return the values
	 */
	public static Object[] of(Find find) {
		Object[] values = new Object[ShapeWalker.count(find)];
		ShapeWalker.values(find, values, null);
		return values;
	}

	/**
	 * The values of the find this plan was made from (or of another of its shape), in slot order, without checking
	 * them: the planner checked them.
	 * @param find the planned find
	 * @return the values
	 */
	public Object[] valuesOfPlanned(Find find) {
		Object[] values = new Object[this.count];
		ShapeWalker.values(find, values, null);
		return values;
	}

	/**
	 * The values of a find of the planned shape, in slot order, each checked against its attribute as the
	 * planner checks a find's values.
	 * @param find a find whose {@link FindShape} equals the planned find's
	 * @return the values
	 * @throws dev.association.QueryException when a value does not fit its attribute
	 * @throws IllegalArgumentException when the find has another number of values
	 */
	public Object[] values(Find find) {
		return values(find, null);
	}

	/**
	 * As {@link #values(Find)}, skipping the includes that {@code memory} knows to hold no value.
	 */
	Object[] values(Find find, @Nullable FindShapes memory) {
		Object[] values = new Object[this.count];
		if (ShapeWalker.values(find, values, memory) != this.count) {
			throw new IllegalArgumentException("The find has another shape than the planned one: " + find);
		}
		for (int i = 0; i < values.length; i++) {
			ModelMetadata model = this.models[i];
			Attribute attribute = this.attributes[i];
			if (model != null && attribute != null) {
				ConditionChecker.checkValue(model, attribute, values[i]);
			}
		}
		return values;
	}

}
