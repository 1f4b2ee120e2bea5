package dev.association.write;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.QueryException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import org.springframework.util.Assert;

/**
 * A hasMany's mixins, as Sequelize's: {@code add} and {@code set} write the targets' foreign key (and the scope),
 * {@code set} nulls it on the rows no longer in the set, {@code remove} nulls it; a NOT NULL foreign key refuses
 * to be nulled before any row changes.
 * @param <R> the target type
 */
final class HasManyAccessor<R> extends ManyAccessorSupport<R> {

	private final ForeignKeyLinks links;

	HasManyAccessor(WriteContext context, ModelWriter rows, AssociationMetadata association, Object source) {
		super(context, rows, association, source);
		this.links = new ForeignKeyLinks(context, association);
	}

	@Override
	public void set(Collection<?> targets) {
		Assert.notNull(targets, "Targets must not be null");
		Targets wanted = targets(targets, this.links.targetId());
		Object sourceKey = sourceKey();
		Instant now = this.context.timestamps().now();
		write("set", () -> {
			List<Object> current = this.links.linked(sourceKey);
			Set<Object> wantedKeys = new HashSet<>(wanted.keys());
			Set<Object> currentKeys = new HashSet<>(current);
			List<Object> obsolete = current.stream().filter((key) -> !wantedKeys.contains(key)).toList();
			List<Object> added = wanted.keys().stream().filter((key) -> !currentKeys.contains(key)).toList();
			if (!obsolete.isEmpty()) {
				this.links.unlink(sourceKey, obsolete, now);
			}
			if (!added.isEmpty()) {
				this.links.link(sourceKey, added, now);
			}
			for (Target target : wanted.all()) {
				if (target.instance() != null) {
					this.links.markLinked(target.instance(), sourceKey, currentKeys.contains(target.key()) ? null : now);
				}
			}
		});
	}

	@Override
	public void add(Object... targets) {
		Assert.notNull(targets, "Targets must not be null");
		Targets wanted = targets(Arrays.asList(targets), this.links.targetId());
		if (wanted.keys().isEmpty()) {
			return;
		}
		Object sourceKey = sourceKey();
		Instant now = this.context.timestamps().now();
		write("add to", () -> this.links.link(sourceKey, wanted.keys(), now));
		wanted.instances().forEach((instance) -> this.links.markLinked(instance, sourceKey, now));
	}

	@Override
	public void add(Object target, Map<String, Object> through) {
		throw noThrough("add");
	}

	@Override
	public R create(R target) {
		Assert.notNull(target, "Target must not be null");
		this.links.markLinked(target, sourceKey(), null);
		return this.rows.create(this.association.target(), target);
	}

	@Override
	public R create(R target, Map<String, Object> through) {
		throw noThrough("create");
	}

	@Override
	public void remove(Object... targets) {
		Assert.notNull(targets, "Targets must not be null");
		Targets unwanted = targets(Arrays.asList(targets), this.links.targetId());
		if (unwanted.keys().isEmpty()) {
			return;
		}
		Object sourceKey = sourceKey();
		this.links.requireNullable(unwanted.keys().size() + " " + this.association.target().name() + " row(s)");
		Instant now = this.context.timestamps().now();
		write("remove from", () -> this.links.unlink(sourceKey, unwanted.keys(), now));
		unwanted.instances().forEach((instance) -> this.links.markUnlinked(instance, now));
	}

	private QueryException noThrough(String method) {
		return new QueryException(method + "(target, through) takes join attributes, which only belongsToMany has; "
				+ this.association.describe() + " is a hasMany. Use " + method + "(target).");
	}

	@Override
	protected Attribute linkKey() {
		return this.links.targetId();
	}

	@Override
	protected long countLinked(Object sourceKey, List<Object> keys) {
		return this.links.countLinked(sourceKey, keys);
	}

}
