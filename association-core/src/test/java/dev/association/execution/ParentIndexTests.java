package dev.association.execution;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The parents of a level by key: one key held without a map, several in one, parents sharing a key each keeping
 * their own children.
 */
class ParentIndexTests {

	private static Children children() {
		return new Children(new ArrayList<>());
	}

	@Test
	void anIndexOfOneParentGivesItsChildrenForItsKeyOnly() {
		assertThat(new ParentIndex().keys()).isEmpty();
		ParentIndex index = new ParentIndex();
		assertThat(index.isEmpty()).isTrue();
		Children children = children();
		index.add(7L, children);
		assertThat(index.isEmpty()).isFalse();
		assertThat(index.keys()).containsExactly(7L);
		assertThat(index.get(7L)).isSameAs(children);
		assertThat(index.get(8L)).isNull();
	}

	@Test
	void parentsSharingAKeyEachGetTheirOwnChildren() {
		ParentIndex index = new ParentIndex();
		Children first = children();
		Children second = children();
		Children third = children();
		Children fourth = children();
		index.add(7L, first);
		index.add(7L, second);
		index.add(8L, third);
		index.add(7L, fourth);
		assertThat(index.keys()).containsExactly(7L, 8L);
		assertThat(index.get(8L)).isSameAs(third);
		assertThat(index.get(7L)).isInstanceOf(ParentIndex.Shared.class);
		assertThat((ParentIndex.Shared) index.get(7L)).containsExactly(first, second, fourth);
	}

	@Test
	void oneKeySharedByEveryParentIsOneKey() {
		ParentIndex index = new ParentIndex();
		Children first = children();
		Children second = children();
		index.add(7L, first);
		index.add(7L, second);
		assertThat(index.keys()).containsExactly(7L);
		assertThat((ParentIndex.Shared) index.get(7L)).containsExactly(first, second);
	}

	@Test
	void keysComeInTheOrderTheirParentsWereAddedAndNoParentIsAddedAfterALookup() {
		ParentIndex index = new ParentIndex();
		for (long key = 20; key > 0; key--) {
			index.add(key, children());
		}
		assertThat(index.keys()).first().isEqualTo(20L);
		assertThat(index.keys()).hasSize(20).last().isEqualTo(1L);
		assertThatIllegalStateException().isThrownBy(() -> index.add(21L, children()))
			.withMessage("A parent added after the level's parents were indexed: 21");
	}

	@Test
	void aSecondKeyMovesTheFirstParentIntoTheMap() {
		ParentIndex index = new ParentIndex();
		Children first = children();
		Children second = children();
		index.add("a", first);
		index.add("b", second);
		assertThat(index.keys()).containsExactlyInAnyOrder("a", "b");
		assertThat(index.get("a")).isSameAs(first);
		assertThat(index.get("b")).isSameAs(second);
		assertThat(index.get("c")).isNull();
	}

}
