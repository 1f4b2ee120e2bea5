package dev.association.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * The slots of the values of one find being planned (see {@link ShapeWalker}): where the values of each condition
 * and include limit are, and, per slot, the attribute a value is checked against.
 */
final class Slots {

	final IdentityHashMap<Where, Integer> conditions = new IdentityHashMap<>(4);

	private @Nullable IdentityHashMap<Include, Integer> includeLimits;

	int findLimit = -1;

	int findOffset = -1;

	int count;

	private @Nullable ModelMetadata[] models = new ModelMetadata[0];

	private @Nullable Attribute[] attributes = new Attribute[0];

	static Slots of(Find find) {
		Slots slots = new Slots();
		ShapeWalker.slots(find, slots);
		slots.models = new ModelMetadata[slots.count];
		slots.attributes = new Attribute[slots.count];
		return slots;
	}

	/**
	 * Records the limit slot of an include, where the walk meets it first.
	 */
	void includeLimit(Include include, int slot) {
		IdentityHashMap<Include, Integer> limits = this.includeLimits;
		if (limits == null) {
			limits = new IdentityHashMap<>(4);
			this.includeLimits = limits;
		}
		limits.putIfAbsent(include, slot);
	}

	/**
	 * The limit slot of an include with a limit.
	 */
	int limit(Include include) {
		Integer slot = (this.includeLimits != null) ? this.includeLimits.get(include) : null;
		if (slot == null) {
			throw new IllegalStateException("An include limit that is not part of the find: " + include);
		}
		return slot;
	}

	/**
	 * Gives an include that merges others the limit slot of the one whose limit it took.
	 */
	void merged(Include merged, Include limitSource) {
		Integer slot = (this.includeLimits != null) ? this.includeLimits.get(limitSource) : null;
		if (slot != null) {
			includeLimit(merged, slot);
		}
	}

	/**
	 * The slots of a (checked) condition's values in the order a condition writer binds them, depth first; every
	 * compared value is recorded to be checked against its attribute.
	 */
	List<Integer> of(ModelMetadata model, @Nullable Where where) {
		if (where == null) {
			return List.of();
		}
		List<Integer> slots = new ArrayList<>();
		collect(model, where, slots);
		return List.copyOf(slots);
	}

	private void collect(ModelMetadata model, Where where, List<Integer> slots) {
		if (where instanceof Where.Junction junction) {
			for (Where condition : junction.conditions()) {
				collect(model, condition, slots);
			}
			return;
		}
		if (where instanceof Where.Not not) {
			collect(model, not.condition(), slots);
			return;
		}
		Integer base = this.conditions.get(where);
		if (base == null) {
			throw new IllegalStateException("A condition that is not part of the find: " + where);
		}
		if (where instanceof Where.Keyset keyset) {
			for (int i = 0; i < keyset.values().size(); i++) {
				slots.add(base + i);
				if (keyset.values().get(i) != null) {
					this.models[base + i] = model;
					this.attributes[base + i] = model.attribute(keyset.attributes().get(i));
				}
			}
			return;
		}
		int count = (where instanceof Where.Comparison || where instanceof Where.Like) ? 1
				: (where instanceof Where.InList in) ? in.values().size()
				: (where instanceof Where.Between) ? 2 : 0;
		String attribute = attributeOf(where);
		for (int i = 0; i < count; i++) {
			slots.add(base + i);
			if (!(where instanceof Where.Like) && attribute != null) {
				PathResolver.Target target = PathResolver.target(model, attribute);
				this.models[base + i] = target.model();
				this.attributes[base + i] = target.attribute();
			}
		}
	}

	private static @Nullable String attributeOf(Where where) {
		if (where instanceof Where.Comparison comparison) {
			return comparison.attribute();
		}
		if (where instanceof Where.InList in) {
			return in.attribute();
		}
		if (where instanceof Where.Between between) {
			return between.attribute();
		}
		return null;
	}

	/**
	 * The checks of the values, once every condition of the find has its slots (the slots are not used after).
	 */
	Parameters parameters() {
		return new Parameters(this.count, this.models, this.attributes);
	}

}
