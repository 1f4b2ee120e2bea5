package dev.association.write;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A belongsToMany's mixins, as Sequelize's: {@code add} inserts the missing join rows (never a duplicate; join
 * attributes update an existing row), {@code set} deletes the join rows not in the set and inserts the new ones,
 * {@code remove} deletes join rows; the targets themselves are never deleted.
 * @param <R> the target type
 */
final class BelongsToManyAccessor<R> extends ManyAccessorSupport<R> {

	private final JoinLinks links;

	BelongsToManyAccessor(WriteContext context, ModelWriter rows, AssociationMetadata association, Object source) {
		super(context, rows, association, source);
		this.links = new JoinLinks(context, rows, association);
	}

	private Attribute targetKey() {
		return this.association.targetKey();
	}

	@Override
	public void set(Collection<?> targets) {
		Assert.notNull(targets, "Targets must not be null");
		Targets wanted = targets(targets, targetKey());
		Object sourceKey = sourceKey();
		Instant now = this.context.timestamps().now();
		write("set", () -> {
			Map<Object, Boolean> current = this.links.links(sourceKey, null);
			Set<Object> wantedKeys = new HashSet<>(wanted.keys());
			List<Object> obsolete = current.entrySet()
				.stream()
				.filter((link) -> link.getValue() && !wantedKeys.contains(link.getKey()))
				.map(Map.Entry::getKey)
				.toList();
			if (!obsolete.isEmpty()) {
				this.links.delete(sourceKey, obsolete);
			}
			this.links.link(sourceKey, wanted.keys(), current, Map.of(), now);
		});
	}

	@Override
	public void add(Object... targets) {
		Assert.notNull(targets, "Targets must not be null");
		link(targets(Arrays.asList(targets), targetKey()), Map.of());
	}

	@Override
	public void add(Object target, Map<String, Object> through) {
		Assert.notNull(through, "Through attributes must not be null");
		link(targets(Collections.singletonList(target), targetKey()), this.links.through(through));
	}

	private void link(Targets wanted, Map<Attribute, @Nullable Object> through) {
		if (wanted.keys().isEmpty()) {
			return;
		}
		Object sourceKey = sourceKey();
		Instant now = this.context.timestamps().now();
		write("add to", () -> this.links.link(sourceKey, wanted.keys(),
				this.links.links(sourceKey, wanted.keys()), through, now));
	}

	@Override
	public R create(R target) {
		return create(target, Map.of());
	}

	@Override
	public R create(R target, Map<String, Object> through) {
		Assert.notNull(target, "Target must not be null");
		Assert.notNull(through, "Through attributes must not be null");
		Map<Attribute, @Nullable Object> attributes = this.links.through(through);
		Object sourceKey = sourceKey();
		return write("create in", () -> {
			this.association.scope()
				.forEach((name, value) -> this.association.target().attribute(name).set(target, value));
			R created = this.rows.create(this.association.target(), target);
			Object key = target(created, targetKey()).key();
			this.links.link(sourceKey, List.of(key), Map.of(), attributes, this.context.timestamps().now());
			return created;
		});
	}

	@Override
	public void remove(Object... targets) {
		Assert.notNull(targets, "Targets must not be null");
		Targets unwanted = targets(Arrays.asList(targets), targetKey());
		if (unwanted.keys().isEmpty()) {
			return;
		}
		Object sourceKey = sourceKey();
		write("remove from", () -> this.links.delete(sourceKey, unwanted.keys()));
	}

	@Override
	protected Attribute linkKey() {
		return targetKey();
	}

	@Override
	protected long countLinked(Object sourceKey, List<Object> keys) {
		return this.links.countLinked(sourceKey, keys);
	}

}
