package dev.association.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parents of one to-many level, by key: each key leads to the {@link Children} of its parent, or of each of its
 * parents when several instances share a key (the same author under two posts), so that every parent gets its own
 * child instances. Parents are added while the level above is read, then looked up while this level is read: they
 * are kept in arrays until then, and indexed once, in a map sized for them (none for a single key, as in a point
 * lookup or an accessor's get).
 */
final class ParentIndex {

	private Object[] keys = new Object[4];

	private Children[] children = new Children[4];

	private int size;

	private @Nullable List<Object> distinctKeys;

	private @Nullable HashMap<Object, Object> slots;

	private @Nullable Object onlySlot;

	/**
	 * Adds a parent, before any lookup.
	 */
	void add(Object key, Children children) {
		if (this.distinctKeys != null) {
			throw new IllegalStateException("A parent added after the level's parents were indexed: " + key);
		}
		if (this.size == this.keys.length) {
			this.keys = Arrays.copyOf(this.keys, this.size * 2);
			this.children = Arrays.copyOf(this.children, this.size * 2);
		}
		this.keys[this.size] = key;
		this.children[this.size++] = children;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

	/**
	 * The distinct parent keys, in the order their parents were added.
	 */
	List<Object> keys() {
		List<Object> keys = this.distinctKeys;
		return (keys != null) ? keys : index();
	}

	/**
	 * The children of the parent with a key ({@link Children}), of each parent with that key ({@link Shared}), or
	 * null.
	 */
	@Nullable Object get(Object key) {
		if (this.distinctKeys == null) {
			index();
		}
		HashMap<Object, Object> map = this.slots;
		if (map != null) {
			return map.get(key);
		}
		return (this.size > 0 && key.equals(this.keys[0])) ? this.onlySlot : null;
	}

	private List<Object> index() {
		Object[] keys = this.keys;
		Children[] children = this.children;
		int size = this.size;
		List<Object> distinct;
		if (size <= 1) {
			distinct = (size == 1) ? List.of(keys[0]) : List.of();
			this.onlySlot = (size == 1) ? children[0] : null;
		}
		else {
			distinct = new ArrayList<>(size);
			HashMap<Object, Object> map = new HashMap<>((int) (size / 0.75f) + 1);
			for (int i = 0; i < size; i++) {
				Object existing = map.putIfAbsent(keys[i], children[i]);
				if (existing == null) {
					distinct.add(keys[i]);
				}
				else if (existing instanceof Shared shared) {
					shared.add(children[i]);
				}
				else {
					Shared shared = new Shared();
					shared.add((Children) existing);
					shared.add(children[i]);
					map.put(keys[i], shared);
				}
			}
			this.slots = map;
		}
		this.distinctKeys = distinct;
		return distinct;
	}

	/** The children of several parents with one key. */
	static final class Shared extends ArrayList<Children> {

		private static final long serialVersionUID = 1L;

	}

}
