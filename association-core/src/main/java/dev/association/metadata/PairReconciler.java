package dev.association.metadata;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.association.AssociationDefinitionException;
import dev.association.metadata.DefinitionRegistry.Definition;
import org.jspecify.annotations.Nullable;

/**
 * Finds the pairs among the definitions (User.hasMany(Post) with Post.belongsTo(User); two belongsToMany through
 * one join table) and makes their keys agree: an explicit value beats the other side's default, and two different
 * explicit values are an {@link AssociationDefinitionException}.
 */
final class PairReconciler {

	private final List<Definition> definitions;

	private final Map<Definition, KeyName> foreignKeys;

	private final Map<Definition, KeyName> otherKeys;

	private final Function<Definition, @Nullable String> throughTable;

	private final Function<Definition, String> describe;

	private final Map<Definition, Definition> pairs = new IdentityHashMap<>();

	PairReconciler(List<Definition> definitions, Map<Definition, KeyName> foreignKeys,
			Map<Definition, KeyName> otherKeys, Function<Definition, @Nullable String> throughTable,
			Function<Definition, String> describe) {
		this.definitions = definitions;
		this.foreignKeys = foreignKeys;
		this.otherKeys = otherKeys;
		this.throughTable = throughTable;
		this.describe = describe;
	}

	/**
	 * Reconciles the keys of every pair, updating the key maps given to the constructor.
	 * @return each paired definition mapped to its inverse
	 */
	Map<Definition, Definition> reconcile() {
		reconcileOneToManyPairs();
		reconcileManyToManyPairs();
		return this.pairs;
	}

	private void reconcileOneToManyPairs() {
		for (Definition owner : this.definitions) {
			if (owner.kind() != AssociationKind.HAS_ONE && owner.kind() != AssociationKind.HAS_MANY) {
				continue;
			}
			List<Definition> inverses = this.definitions.stream()
				.filter((d) -> d.kind() == AssociationKind.BELONGS_TO && d.source() == owner.target()
						&& d.target() == owner.source() && !this.pairs.containsKey(d))
				.toList();
			long siblings = this.definitions.stream()
				.filter((d) -> (d.kind() == AssociationKind.HAS_ONE || d.kind() == AssociationKind.HAS_MANY)
						&& d.source() == owner.source() && d.target() == owner.target())
				.count();
			Definition same = inverses.stream()
				.filter((d) -> this.foreignKeys.get(d).name().equals(this.foreignKeys.get(owner).name()))
				.findFirst()
				.orElse(null);
			if (same != null) {
				pair(owner, same);
			}
			else if (inverses.size() == 1 && siblings == 1 && owner.source() != owner.target()) {
				Definition inverse = inverses.get(0);
				if (reconcile(owner, this.foreignKeys, inverse, this.foreignKeys, "foreignKey")) {
					pair(owner, inverse);
				}
			}
		}
	}

	private void reconcileManyToManyPairs() {
		for (Definition one : this.definitions) {
			if (one.kind() != AssociationKind.BELONGS_TO_MANY || this.pairs.containsKey(one)) {
				continue;
			}
			List<Definition> others = this.definitions.stream()
				.filter((d) -> d != one && d.kind() == AssociationKind.BELONGS_TO_MANY && d.source() == one.target()
						&& d.target() == one.source() && !this.pairs.containsKey(d)
						&& Objects.equals(throughName(d), throughName(one)))
				.toList();
			if (others.size() != 1) {
				continue;
			}
			Definition other = others.get(0);
			if (one.source() == one.target()) {
				boolean crossed = this.foreignKeys.get(one).name().equals(this.otherKeys.get(other).name())
						&& this.otherKeys.get(one).name().equals(this.foreignKeys.get(other).name());
				if (crossed) {
					pair(one, other);
				}
				continue;
			}
			boolean first = reconcile(one, this.foreignKeys, other, this.otherKeys, "foreignKey/otherKey");
			boolean second = reconcile(one, this.otherKeys, other, this.foreignKeys, "otherKey/foreignKey");
			if (first && second) {
				pair(one, other);
			}
		}
	}

	/**
	 * Makes two keys of a pair agree: an explicit value beats a default; two different explicit values are an error.
	 * @return whether the two now agree
	 */
	private boolean reconcile(Definition a, Map<Definition, KeyName> aKeys, Definition b, Map<Definition, KeyName> bKeys,
			String option) {
		KeyName aKey = aKeys.get(a);
		KeyName bKey = bKeys.get(b);
		if (aKey.name().equals(bKey.name())) {
			return true;
		}
		if (aKey.explicit() != null && bKey.explicit() != null) {
			throw new AssociationDefinitionException(describe(a) + " and " + describe(b)
					+ " are a pair but set different keys (" + option + "): '" + aKey.name() + "' and '" + bKey.name()
					+ "'. Set the same attribute on both sides, or on one side only.");
		}
		if (aKey.explicit() != null) {
			bKeys.put(b, new KeyName(aKey.explicit(), aKey.name()));
			return true;
		}
		if (bKey.explicit() != null) {
			aKeys.put(a, new KeyName(bKey.explicit(), bKey.name()));
			return true;
		}
		return false;
	}

	private void pair(Definition a, Definition b) {
		this.pairs.put(a, b);
		this.pairs.put(b, a);
	}

	private @Nullable String throughName(Definition definition) {
		return this.throughTable.apply(definition);
	}

	private String describe(Definition definition) {
		return this.describe.apply(definition);
	}

}
