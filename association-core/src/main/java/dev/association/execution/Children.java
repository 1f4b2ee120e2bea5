package dev.association.execution;

import java.util.Collection;

import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * One parent's children in a to-many level being read: the collection set on the parent and, when the level is
 * ordered in memory, whether they came out of primary-key order. Each child's key is compared with the one before as
 * the child is added, while the new instance is still in the processor's cache; once the level is read only the
 * parents whose children came out of order are sorted (usually none: rows tend to come in key order), without
 * touching every child a second time.
 */
final class Children {

	private final Collection<Object> items;

	private @Nullable Comparable<Object> lastKey;

	private boolean unordered;

	Children(Collection<Object> items) {
		this.items = items;
	}

	/**
	 * Adds a child.
	 * @param child the child
	 * @param sortKey the primary key the level is ordered by in memory, or null
	 * @return true when this child is the first to come out of order
	 */
	@SuppressWarnings("unchecked")
	boolean add(@Nullable Object child, @Nullable Attribute sortKey) {
		this.items.add(child);
		if (child == null || sortKey == null || this.unordered) {
			return false;
		}
		Comparable<Object> key = (Comparable<Object>) sortKey.get(child);
		Comparable<Object> last = this.lastKey;
		this.lastKey = key;
		if (last != null && key != null && last.compareTo(key) > 0) {
			this.unordered = true;
			this.lastKey = null;
			return true;
		}
		return false;
	}

	Collection<Object> items() {
		return this.items;
	}

}
