package dev.association.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.metadata.Attribute;
import dev.association.metadata.Metamodel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent's children in primary-key order: a list in order is left as it is, a few children out of order and many
 * are sorted in place, and a set keeps its own order; children added one by one tell when they leave key order.
 */
class ChildOrderTests {

	private static final Attribute ID = Metamodel.of(List.of(Item.class)).model(Item.class).id();

	private final ChildOrder order = new ChildOrder(ID);

	@Test
	void childrenInOrderStayAsTheyAre() {
		List<Object> children = items(1, 2, 5, 9);
		List<Object> before = new ArrayList<>(children);
		this.order.sort(children);
		assertThat(children).containsExactlyElementsOf(before);
	}

	@Test
	void aFewChildrenOutOfOrderAreSortedInPlace() {
		List<Object> children = items(7, 3, 5, 1);
		this.order.sort(children);
		assertThat(children).extracting((child) -> ((Item) child).id).containsExactly(1L, 3L, 5L, 7L);
		// the scratch arrays are reused for the next parent
		List<Object> next = items(2, 1);
		this.order.sort(next);
		assertThat(next).extracting((child) -> ((Item) child).id).containsExactly(1L, 2L);
	}

	@Test
	void manyChildrenOutOfOrderAreSorted() {
		List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 500).boxed().toList());
		Collections.shuffle(ids, new Random(42));
		List<Object> children = items(ids.stream().mapToLong(Long::longValue).toArray());
		this.order.sort(children);
		assertThat(children).extracting((child) -> ((Item) child).id)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 500).boxed().toList());
	}

	@Test
	void aSetKeepsItsOrder() {
		LinkedHashSet<Object> children = new LinkedHashSet<>(items(3, 1, 2));
		this.order.sort(children);
		assertThat(children).extracting((child) -> ((Item) child).id).containsExactly(3L, 1L, 2L);
	}

	@Test
	void childrenTellWhenTheFirstOneComesOutOfOrderAsTheyAreAdded() {
		Children children = new Children(new ArrayList<>());
		List<Object> items = items(1, 4, 9, 2, 3, 1);
		assertThat(items.subList(0, 3)).allMatch((item) -> !children.add(item, ID));
		assertThat(children.add(items.get(3), ID)).isTrue();
		assertThat(items.subList(4, 6)).allMatch((item) -> !children.add(item, ID));
		assertThat(children.items()).containsExactlyElementsOf(items);
		Children unsorted = new Children(new ArrayList<>());
		assertThat(items).allMatch((item) -> !unsorted.add(item, null));
	}

	private static List<Object> items(long... ids) {
		List<Object> items = new ArrayList<>();
		for (long id : ids) {
			Item item = new Item();
			item.id = id;
			items.add(item);
		}
		return items;
	}

	/** A model with a primary key. */
	@Model
	static class Item {

		@Id Long id;

	}

}
