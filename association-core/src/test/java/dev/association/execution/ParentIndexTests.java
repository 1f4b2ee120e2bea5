package dev.association.execution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parents of a level by key: one key held without a map, several in one, parents sharing a key each keeping
 * their own children.
 */
class ParentIndexTests {

	private static List<Collection<Object>> visited(ParentIndex index) {
		List<Collection<Object>> visited = new ArrayList<>();
		index.forEachChildren(visited::add);
		return visited;
	}

	@Test
	void anIndexOfOneParentGivesItsChildrenForItsKeyOnly() {
		ParentIndex index = new ParentIndex();
		assertThat(index.isEmpty()).isTrue();
		assertThat(index.keys()).isEmpty();
		List<Object> children = new ArrayList<>();
		index.add(7L, children);
		assertThat(index.isEmpty()).isFalse();
		assertThat(index.keys()).containsExactly(7L);
		assertThat(index.get(7L)).isSameAs(children);
		assertThat(index.get(8L)).isNull();
		assertThat(visited(index)).containsExactly(children);
	}

	@Test
	void parentsSharingAKeyEachGetTheirOwnCollection() {
		ParentIndex index = new ParentIndex();
		List<Object> first = new ArrayList<>();
		List<Object> second = new ArrayList<>();
		index.add(7L, first);
		index.add(7L, second);
		assertThat(index.keys()).containsExactly(7L);
		assertThat(index.get(7L)).isInstanceOf(ParentIndex.Shared.class)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(first, second);
		List<Object> third = new ArrayList<>();
		index.add(8L, third);
		index.add(7L, new ArrayList<>());
		assertThat(index.keys()).containsExactlyInAnyOrder(7L, 8L);
		assertThat(index.get(8L)).isSameAs(third);
		assertThat(ParentIndex.castCollection(index.get(7L))).hasSize(3).startsWith(first, second);
		assertThat(visited(index)).hasSize(4).contains(first, second, third);
	}

	@Test
	void aSecondKeyMovesTheFirstParentIntoTheMap() {
		ParentIndex index = new ParentIndex();
		List<Object> first = new ArrayList<>();
		List<Object> second = new ArrayList<>();
		index.add("a", first);
		index.add("b", second);
		assertThat(index.keys()).containsExactlyInAnyOrder("a", "b");
		assertThat(index.get("a")).isSameAs(first);
		assertThat(index.get("b")).isSameAs(second);
		assertThat(index.get("c")).isNull();
		assertThat(visited(index)).containsExactlyInAnyOrder(first, second);
	}

}
