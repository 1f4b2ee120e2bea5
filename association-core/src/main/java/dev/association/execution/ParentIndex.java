package dev.association.execution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The parents of one to-many level, by key: each key leads to the children collection of its parent, or of each of
 * its parents when several instances share a key (the same author under two posts), so that every parent gets its
 * own child instances.
 */
final class ParentIndex {

	private final HashMap<Object, Object> slots = new HashMap<>();

	void add(Object key, Collection<Object> children) {
		Object existing = this.slots.putIfAbsent(key, children);
		if (existing == null) {
			return;
		}
		if (existing instanceof Shared shared) {
			shared.add(children);
		}
		else {
			Shared shared = new Shared();
			shared.add(castCollection(existing));
			shared.add(children);
			this.slots.put(key, shared);
		}
	}

	boolean isEmpty() {
		return this.slots.isEmpty();
	}

	List<Object> keys() {
		return new ArrayList<>(this.slots.keySet());
	}

	/**
	 * The children collection of the parent with this key, a {@link Shared} list of them, or null.
	 */
	@Nullable Object get(Object key) {
		return this.slots.get(key);
	}

	/**
	 * Runs an action on the children collection of every parent.
	 */
	void forEachChildren(Consumer<Collection<Object>> action) {
		for (Object slot : this.slots.values()) {
			if (slot instanceof Shared shared) {
				shared.forEach(action);
			}
			else {
				action.accept(castCollection(slot));
			}
		}
	}

	@SuppressWarnings("unchecked")
	static Collection<Object> castCollection(Object collection) {
		return (Collection<Object>) collection;
	}

	/** The children collections of several parents with one key. */
	static final class Shared extends ArrayList<Collection<Object>> {

		private static final long serialVersionUID = 1L;

	}

}
