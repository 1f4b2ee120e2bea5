package dev.association.execution;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.association.metadata.Attribute;

/**
 * Puts the children of one parent in primary-key order, for a level whose statement leaves the order to memory
 * ({@link dev.association.plan.LevelPlan#ordersInMemory()}): sorting each parent's few children costs less than the
 * database sorting the whole level. Each child's key is read once; children that already come in order (the usual
 * case: an index or heap scan returns them so) are only checked, and a parent's few children out of order are put
 * in order by insertion, in place. One per level and execution: it keeps its scratch arrays from parent to parent.
 */
final class ChildOrder {

	/** Up to this many children, out-of-order children are sorted by insertion; beyond, through a sorted index. */
	private static final int INSERTION_LIMIT = 32;

	private final Attribute key;

	@SuppressWarnings("rawtypes")
	private Comparable[] keys = new Comparable[0];

	private Object[] children = new Object[0];

	/**
	 * An order by the children's primary key.
	 * @param key the children's primary key, written into each
	 */
	ChildOrder(Attribute key) {
		this.key = key;
	}

	/**
	 * Sorts a parent's children by their primary key (stable).
	 * @param collection the parent's children, a list
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void sort(Collection<Object> collection) {
		int size = collection.size();
		if (size < 2 || !(collection instanceof List<Object> list)) {
			return;
		}
		if (this.keys.length < size) {
			this.keys = new Comparable[Math.max(Math.max(size, 8), this.keys.length * 2)];
			this.children = new Object[this.keys.length];
		}
		Comparable[] keys = this.keys;
		Object[] children = this.children;
		boolean ordered = true;
		for (int i = 0; i < size; i++) {
			Object child = list.get(i);
			Comparable value = (Comparable) this.key.get(child);
			children[i] = child;
			keys[i] = value;
			if (i > 0 && keys[i - 1].compareTo(value) > 0) {
				ordered = false;
			}
		}
		if (!ordered) {
			if (size <= INSERTION_LIMIT) {
				insertionSort(keys, children, size);
			}
			else {
				sortByPositions(keys, children, size);
			}
			for (int i = 0; i < size; i++) {
				list.set(i, children[i]);
			}
		}
		Arrays.fill(keys, 0, size, null);
		Arrays.fill(children, 0, size, null);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void insertionSort(Comparable[] keys, Object[] children, int size) {
		for (int i = 1; i < size; i++) {
			Comparable value = keys[i];
			Object child = children[i];
			int j = i - 1;
			while (j >= 0 && keys[j].compareTo(value) > 0) {
				keys[j + 1] = keys[j];
				children[j + 1] = children[j];
				j--;
			}
			keys[j + 1] = value;
			children[j + 1] = child;
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void sortByPositions(Comparable[] keys, Object[] children, int size) {
		Integer[] positions = new Integer[size];
		for (int i = 0; i < size; i++) {
			positions[i] = i;
		}
		Arrays.sort(positions, Comparator.comparing((Integer position) -> keys[position]));
		Object[] sorted = new Object[size];
		for (int i = 0; i < size; i++) {
			sorted[i] = children[positions[i]];
		}
		System.arraycopy(sorted, 0, children, 0, size);
	}

}
