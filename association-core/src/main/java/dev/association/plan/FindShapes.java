package dev.association.plan;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Takes the shapes and values of finds, remembering the shape of each list of includes by instance. A find and the
 * finds derived from it ({@code and}, {@code limit}, {@code order}, ... and {@code findByPk}, which adds its key
 * condition) share their list of includes, which is immutable like everything in a find: its shape is walked once,
 * and a find's values skip includes that hold none. So a find whose includes were met before costs the walk of its
 * own condition, order and limit only. The memory is a fixed number of slots chosen by the list's identity hash,
 * each holding the last list met there weakly and the condition instances in it (so it keeps no find alive, and
 * at most one list's conditions per slot). Lookups and replacements need no lock: every slot holds an immutable
 * entry, and a reader that races a replacement sees the old entry or misses and walks the list itself. A remembered
 * list is one token of the shape, not its parts: compare shapes taken through one {@code FindShapes} (an engine's)
 * with each other, not with {@link FindShape#of}'s.
 */
public final class FindShapes {

	private final @Nullable Known[] entries;

	/**
	 * Shapes remembered in {@code slots} slots (rounded up to a power of two).
	 * @param slots the number of include lists remembered; 0 remembers none
	 */
	public FindShapes(int slots) {
		if (slots < 0) {
			throw new IllegalArgumentException(
					"The number of remembered include lists must not be negative: " + slots);
		}
		this.entries = (slots > 0) ? new Known[Integer.highestOneBit(Math.max(slots - 1, 1)) << 1] : null;
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
	 * The shape of a list of includes: the one remembered for this instance, or walked and remembered; null when
	 * nothing is remembered.
	 */
	@Nullable Known includes(List<Include> includes) {
		Known[] table = this.entries;
		if (table == null) {
			return null;
		}
		if (includes.isEmpty()) {
			return Known.NONE;
		}
		int slot = System.identityHashCode(includes) & (table.length - 1);
		Known known = table[slot];
		if (known != null && known.get() == includes) {
			return known;
		}
		List<Object> tokens = new ArrayList<>();
		IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
		int valueCount = ShapeWalker.includes(includes, tokens, seen);
		Where[] conditions = seen.keySet()
			.stream()
			.filter(Where.class::isInstance)
			.map(Where.class::cast)
			.toArray(Where[]::new);
		known = new Known(includes, new IncludesShape(tokens.toArray(), valueCount), conditions);
		table[slot] = known;
		return known;
	}

	/**
	 * A remembered list of includes: its shape, and the condition instances it holds, by which a find that reuses
	 * one of them in its own condition is told apart.
	 */
	static final class Known extends WeakReference<List<Include>> {

		static final Known NONE = new Known(List.of(), IncludesShape.NONE, new Where[0]);

		final IncludesShape shape;

		private final Where[] conditions;

		private Known(List<Include> includes, IncludesShape shape, Where[] conditions) {
			super(includes);
			this.shape = shape;
			this.conditions = conditions;
		}

		/**
		 * Whether a condition of the includes is one of the instances met before them (in the find's own
		 * condition).
		 */
		boolean sharesAConditionWith(IdentityHashMap<Object, Integer> seen) {
			for (Where condition : this.conditions) {
				if (seen.containsKey(condition)) {
					return true;
				}
			}
			return false;
		}

	}

}
