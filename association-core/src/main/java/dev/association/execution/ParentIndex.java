package dev.association.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parents of one to-many level, by key: each key leads to the {@link Children} of its parent, or of each of its
 * parents when several instances share a key (the same author under two posts), so that every parent gets its own
 * child instances.
 */
final class ParentIndex {

	// one parent key (a point lookup, an accessor's get) is held without a map; the map is made for a second key
	private @Nullable Object onlyKey;

	private @Nullable Object onlySlot;

	private @Nullable HashMap<Object, Object> slots;

	void add(Object key, Children children) {
		HashMap<Object, Object> map = this.slots;
		if (map == null) {
			if (this.onlyKey == null) {
				this.onlyKey = key;
				this.onlySlot = children;
				return;
			}
			if (!this.onlyKey.equals(key)) {
				map = new HashMap<>();
				map.put(this.onlyKey, this.onlySlot);
				this.slots = map;
				this.onlyKey = null;
				this.onlySlot = null;
			}
		}
		Object existing = (map != null) ? map.putIfAbsent(key, children) : this.onlySlot;
		if (existing == null) {
			return;
		}
		Shared shared;
		if (existing instanceof Shared known) {
			shared = known;
		}
		else {
			shared = new Shared();
			shared.add((Children) existing);
		}
		shared.add(children);
		if (map != null) {
			map.put(key, shared);
		}
		else {
			this.onlySlot = shared;
		}
	}

	boolean isEmpty() {
		return this.onlyKey == null && (this.slots == null || this.slots.isEmpty());
	}

	List<Object> keys() {
		HashMap<Object, Object> map = this.slots;
		if (map != null) {
			return new ArrayList<>(map.keySet());
		}
		return (this.onlyKey != null) ? List.of(this.onlyKey) : List.of();
	}

	@Nullable Object get(Object key) {
		HashMap<Object, Object> map = this.slots;
		if (map != null) {
			return map.get(key);
		}
		return key.equals(this.onlyKey) ? this.onlySlot : null;
	}

	static final class Shared extends ArrayList<Children> {

		private static final long serialVersionUID = 1L;

	}

}
