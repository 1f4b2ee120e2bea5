package dev.association.execution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.association.plan.FindShape;
import org.jspecify.annotations.Nullable;

/**
 * The compiled statements of the most recently used query shapes, keyed by the full {@link FindShape} and what is
 * compiled from it (a find, a count, an accessor's get or count), evicting the least recently used beyond its size.
 * A compiled form holds no value, so every find of a shape reuses it and only binds its own values; the same SQL text
 * is sent for every find of a shape, which is what lets the driver reuse a server-side prepared statement (pgjdbc
 * after {@code prepareThreshold} executions of one text). Safe under concurrency: the map is guarded by its own
 * lock, held only to look up and to insert; compiling runs outside it, so two threads may compile one new shape at
 * once and the first one stored is kept. A size of 0 caches nothing.
 */
final class QueryCache {

	/** What is compiled from a shape: the same shape compiles to a find and to a count. */
	enum Kind {

		FIND, COUNT, ASSOCIATED, COUNT_ASSOCIATED

	}

	private final int size;

	private final @Nullable Map<Key, Object> entries;

	private final AtomicLong compilations = new AtomicLong();

	QueryCache(int size) {
		if (size < 0) {
			throw new IllegalArgumentException("The query cache size must not be negative: " + size);
		}
		this.size = size;
		this.entries = (size > 0) ? new LinkedHashMap<>(Math.min(size, 64) * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
				return size() > QueryCache.this.size;
			}

		} : null;
	}

	/**
	 * The compiled form of a shape, compiled and stored when it is not cached.
	 * @param <C> the compiled type
	 * @param kind what is compiled
	 * @param shape the shape, or null when the cache is off (no shape is computed then)
	 * @param compile compiles the find the shape was taken from
	 * @return the compiled form
	 */
	@SuppressWarnings("unchecked")
	<C> C get(Kind kind, @Nullable FindShape shape, Supplier<C> compile) {
		Map<Key, Object> map = this.entries;
		if (map == null || shape == null) {
			this.compilations.incrementAndGet();
			return compile.get();
		}
		Key key = new Key(kind, shape);
		Object cached;
		synchronized (map) {
			cached = map.get(key);
		}
		if (cached != null) {
			return (C) cached;
		}
		this.compilations.incrementAndGet();
		C compiled = compile.get();
		synchronized (map) {
			Object first = map.putIfAbsent(key, compiled);
			return (first != null) ? (C) first : compiled;
		}
	}

	/**
	 * Whether shapes are cached (a size above 0).
	 * @return true when enabled
	 */
	boolean enabled() {
		return this.entries != null;
	}

	/**
	 * The number of shapes held.
	 * @return the number of entries
	 */
	int cached() {
		Map<Key, Object> map = this.entries;
		if (map == null) {
			return 0;
		}
		synchronized (map) {
			return map.size();
		}
	}

	/**
	 * How many times a find was compiled (planned and rendered) since the engine was built.
	 * @return the number of compilations
	 */
	long compilations() {
		return this.compilations.get();
	}

	/**
	 * A shape and what is compiled from it (a class rather than a record, whose bootstrapped equals costs more
	 * while the JIT is cold).
	 */
	private static final class Key {

		private final Kind kind;

		private final FindShape shape;

		Key(Kind kind, FindShape shape) {
			this.kind = kind;
			this.shape = shape;
		}

		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Key key && this.kind == key.kind && this.shape.equals(key.shape));
		}

		@Override
		public int hashCode() {
			return 31 * this.kind.hashCode() + this.shape.hashCode();
		}

	}

}
