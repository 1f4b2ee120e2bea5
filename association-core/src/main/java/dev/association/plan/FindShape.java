package dev.association.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a find: everything that changes its statements' text or readers (the model or association, the
 * conditions with their operators, attribute names and IN-list sizes, the includes and their options, attributes,
 * order, whether a limit or an offset is given), and none of its values. Finds of one shape share one compiled form;
 * {@link Parameters#values(Find)} takes the values of each. Two finds have equal shapes only if they also reuse the
 * same condition or include instance at the same places.
 */
public final class FindShape {

	private final Object subject;

	private final Object[] tokens;

	private final int hash;

	private FindShape(Object subject, Object[] tokens) {
		this.subject = subject;
		this.tokens = tokens;
		this.hash = 31 * System.identityHashCode(subject) + Arrays.hashCode(tokens);
	}

	/**
	 * The shape of a top-level find (or count) of a model.
	 * @param model the model
	 * @param find the find
	 * @return the shape
	 */
	public static FindShape of(ModelMetadata model, Find find) {
		return new FindShape(model, tokens(find, null));
	}

	static FindShape of(ModelMetadata model, Find find, FindShapes memory) {
		return new FindShape(model, tokens(find, memory));
	}

	/**
	 * The shape of a find of an association's targets (the accessors' {@code get} and {@code count}).
	 * @param association the association
	 * @param find the find
	 * @return the shape
	 */
	public static FindShape ofAssociated(AssociationMetadata association, Find find) {
		return new FindShape(association, tokens(find, null));
	}

	static FindShape ofAssociated(AssociationMetadata association, Find find, FindShapes memory) {
		return new FindShape(association, tokens(find, memory));
	}

	private static Object[] tokens(Find find, @Nullable FindShapes memory) {
		List<Object> tokens = new ArrayList<>(16);
		ShapeWalker.shape(find, tokens, memory);
		return tokens.toArray();
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof FindShape shape && this.hash == shape.hash
				&& this.subject == shape.subject && Arrays.equals(this.tokens, shape.tokens));
	}

	@Override
	public int hashCode() {
		return this.hash;
	}

	@Override
	public String toString() {
		return "FindShape[" + this.subject + ", " + Arrays.toString(this.tokens) + "]";
	}

}
