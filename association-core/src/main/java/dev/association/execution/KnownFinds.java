package dev.association.execution;

import java.lang.ref.WeakReference;

import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import org.jspecify.annotations.Nullable;

/**
 * The compiled form of finds met before, remembered per {@link Find} instance: a find is immutable, so the same
 * instance always has the same shape, and an application that keeps its finds in constants (or a repository's
 * {@code findByPk} with one) has them compiled without taking their shape again or looking it up in the
 * {@link QueryCache}; only their values are taken per call. The memory is a fixed number of slots chosen by the
 * find's identity hash, each holding the last find met there weakly (it keeps no find alive) with its model, what was
 * compiled from it ({@link Use}) and the compiled form. Lookups and replacements need no lock: every slot holds an
 * immutable entry, and a reader that races a replacement sees the old entry or misses and goes through the query
 * cache.
 */
final class KnownFinds {

	/** What was compiled from a remembered find. */
	enum Use {

		/** The find itself. */
		FIND,

		/** The find with an equality on its model's primary key added ({@code findByPk}). */
		BY_PRIMARY_KEY

	}

	private final @Nullable Known[] entries;

	/**
	 * A memory of {@code slots} slots (rounded up to a power of two).
	 * @param slots the number of finds remembered; 0 remembers none
	 */
	KnownFinds(int slots) {
		if (slots < 0) {
			throw new IllegalArgumentException("The number of remembered finds must not be negative: " + slots);
		}
		this.entries = (slots > 0) ? new Known[Integer.highestOneBit(Math.max(slots - 1, 1)) << 1] : null;
	}

	/**
	 * The compiled form remembered for a find of a model and a use, or null.
	 */
	@Nullable CompiledFind get(Find find, ModelMetadata model, Use use) {
		Known[] table = this.entries;
		if (table == null) {
			return null;
		}
		Known known = table[System.identityHashCode(find) & (table.length - 1)];
		return (known != null && known.get() == find && known.model == model && known.use == use) ? known.compiled
				: null;
	}

	/**
	 * Remembers the compiled form of a find of a model and a use, replacing what its slot held.
	 */
	void put(Find find, ModelMetadata model, Use use, CompiledFind compiled) {
		Known[] table = this.entries;
		if (table != null) {
			table[System.identityHashCode(find) & (table.length - 1)] = new Known(find, model, use, compiled);
		}
	}

	private static final class Known extends WeakReference<Find> {

		final ModelMetadata model;

		final Use use;

		final CompiledFind compiled;

		Known(Find find, ModelMetadata model, Use use, CompiledFind compiled) {
			super(find);
			this.model = model;
			this.use = use;
			this.compiled = compiled;
		}

	}

}
