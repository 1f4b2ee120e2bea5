package dev.association.execution;

import java.util.Collection;
import java.util.List;

import dev.association.metadata.Attribute;

/**
 * Puts the children of one parent in primary-key order, for a level whose statement leaves the order to memory
 * ({@link dev.association.plan.LevelPlan#ordersInMemory()}): sorting each parent's few children costs less than the
 * database sorting the whole level. Children that already come in order (the usual case: an index or heap scan
 * returns them so) are only checked, with one key comparison each.
 */
final class ChildOrder {

	private ChildOrder() {
	}

	/**
	 * Sorts a parent's children by their primary key.
	 * @param collection the parent's children, a list
	 * @param key the children's primary key, written into each
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static void sort(Collection<Object> collection, Attribute key) {
		if (collection.size() < 2 || !(collection instanceof List<Object> children)) {
			return;
		}
		Comparable previous = (Comparable) key.get(children.get(0));
		for (int i = 1; i < children.size(); i++) {
			Comparable next = (Comparable) key.get(children.get(i));
			if (previous.compareTo(next) > 0) {
				children.sort((left, right) -> ((Comparable) key.get(left)).compareTo(key.get(right)));
				return;
			}
			previous = next;
		}
	}

}
