package dev.association.plan;

import java.lang.ref.WeakReference;
import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import org.jspecify.annotations.Nullable;

/**
 * Takes the shapes and values of finds, remembering the shape of each list of includes by instance. A find and the
 * finds derived from it ({@code and}, {@code limit}, {@code order}, ... and {@code findByPk}, which adds its key
 * condition) share their list of includes, which is immutable like everything in a find: its shape is walked once,
 * and a find's values skip includes that hold none. So a find whose includes were met before costs the walk of its
 * own condition, order and limit only. The memory is a fixed number of slots chosen by the list's identity hash,
 * each holding the last list met there weakly (it keeps no find alive); lookups and replacements need no lock, as
 * every slot holds an immutable entry.
 */
public final class FindShapes {

	private final @Nullable Entry[] entries;

	/**
	 * Shapes remembered in {@code slots} slots (rounded up to a power of two).
	 * @param slots the number of include lists remembered; 0 remembers none
	 */
	public FindShapes(int slots) {
		if (slots < 0) {
			throw new IllegalArgumentException("The number of remembered include lists must not be negative: " + slots);
		}
		this.entries = (slots > 0) ? new Entry[Integer.highestOneBit(Math.max(slots - 1, 1)) << 1] : null;
	}

	/**
	 * The shape of a top-level find (or count) of a model.
	 * @param model the model
	 * @param find the find
	 * @return the shape
	 */
	public FindShape of(ModelMetadata model, Find find) {
		return FindShape.of(model, find, this);
	}

	/**
	 * The shape of a find of an association's targets.
	 * @param association the association
	 * @param find the find
	 * @return the shape
	 */
	public FindShape ofAssociated(AssociationMetadata association, Find find) {
		return FindShape.ofAssociated(association, find, this);
	}

	/**
	 * The values of a find of a planned shape, in slot order, checked as {@link Parameters#values(Find)} checks them.
	 * @param parameters the planned shape's parameters
	 * @param find a find of that shape
	 * @return the values
	 */
	public Object[] values(Parameters parameters, Find find) {
		return parameters.values(find, this);
	}

	/**
	 * The shape of a list of includes: the one remembered for this instance, or walked and remembered.
	 */
	@Nullable IncludesShape includes(List<Include> includes) {
		Entry[] table = this.entries;
		if (includes.isEmpty()) {
			return IncludesShape.NONE;
		}
		if (table == null) {
			return null;
		}
		int slot = System.identityHashCode(includes) & (table.length - 1);
		Entry entry = table[slot];
		if (entry != null && entry.get() == includes) {
			return entry.shape;
		}
		IncludesShape shape = IncludesShape.of(includes);
		table[slot] = new Entry(includes, shape);
		return shape;
	}

	private static final class Entry extends WeakReference<List<Include>> {

		final IncludesShape shape;

		Entry(List<Include> includes, IncludesShape shape) {
			super(includes);
			this.shape = shape;
		}

	}

}
