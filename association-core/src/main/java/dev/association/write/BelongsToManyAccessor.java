package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.dialect.ColumnReader;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.sql.JoinStatements;
import dev.association.sql.SqlFragment;
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

	/**
	 * Resolves targets to the target-key values the join rows hold: an instance gives its target key, a bare value
	 * is the target's primary key (as everywhere but a belongsTo with a targetKey), looked up in one statement per
	 * chunk when the target key is another attribute. A primary key that matches no row is left out.
	 */
	private Targets linkTargets(Collection<?> targets) {
		return resolve(targets).targets();
	}

	private Resolution resolve(Collection<?> targets) {
		JoinStatements statements = this.context.joinStatements(this.association);
		String select = statements.selectTargetKeys();
		Attribute id = this.association.target().id();
		if (select == null || id == null) {
			return new Resolution(targets(targets, targetKey()), true);
		}
		List<Object> bare = new ArrayList<>();
		flatten(targets, bare);
		List<Target> all = new ArrayList<>();
		Map<Object, Object> keysById = new HashMap<>();
		List<Object> ids = new ArrayList<>();
		Class<?> type = this.association.target().type();
		for (Object target : bare) {
			if (type != null && type.isInstance(target)) {
				all.add(target(target, targetKey()));
			}
			else {
				ids.add(target(target, id).key());
			}
		}
		SqlDialect dialect = this.context.dialect();
		List<ColumnReader> readers = List.of(dialect.reader(id), dialect.reader(targetKey()));
		for (SqlFragment condition : this.context.keyConditions(statements.targetIdColumn(), id, ids, 0)) {
			for (Object[] row : this.context.statements().query(select + condition.sql(), condition.values(), readers)) {
				keysById.put(row[0], row[1]);
			}
		}
		for (Object target : ids) {
			Object key = keysById.get(target);
			if (key != null) {
				all.add(new Target(key, null));
			}
		}
		Set<Object> keys = new LinkedHashSet<>();
		all.forEach((target) -> keys.add(target.key()));
		return new Resolution(new Targets(all, List.copyOf(keys)), keysById.keySet().containsAll(ids));
	}

	private static void flatten(Collection<?> targets, List<Object> into) {
		for (Object target : targets) {
			if (target instanceof Collection<?> nested) {
				flatten(nested, into);
			}
			else {
				into.add(target);
			}
		}
	}

	@Override
	public void set(Collection<?> targets) {
		Assert.notNull(targets, "Targets must not be null");
		Targets wanted = linkTargets(targets);
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
				this.links.delete(sourceKey, obsolete, now);
			}
			this.links.link(sourceKey, wanted.keys(), current, Map.of(), now);
		});
	}

	@Override
	public void add(Object... targets) {
		Assert.notNull(targets, "Targets must not be null");
		link(linkTargets(Arrays.asList(targets)), Map.of());
	}

	@Override
	public void add(Object target, Map<String, Object> through) {
		Assert.notNull(through, "Through attributes must not be null");
		link(linkTargets(Collections.singletonList(target)), this.links.through(through));
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
		Targets unwanted = linkTargets(Arrays.asList(targets));
		if (unwanted.keys().isEmpty()) {
			return;
		}
		Object sourceKey = sourceKey();
		Instant now = this.context.timestamps().now();
		write("remove from", () -> this.links.delete(sourceKey, unwanted.keys(), now));
	}

	@Override
	public boolean has(Object... targets) {
		Assert.notNull(targets, "Targets must not be null");
		Resolution resolution = resolve(Arrays.asList(targets));
		if (!resolution.complete()) {
			return false;
		}
		Targets wanted = resolution.targets();
		return wanted.keys().isEmpty() || countLinked(sourceKey(), wanted.keys()) == wanted.keys().size();
	}

	@Override
	protected Attribute linkKey() {
		return targetKey();
	}

	@Override
	protected long countLinked(Object sourceKey, List<Object> keys) {
		return this.links.countLinked(sourceKey, keys);
	}

	/**
	 * Targets resolved to target keys.
	 * @param targets the targets
	 * @param complete false when a primary key passed in matches no row
	 */
	private record Resolution(Targets targets, boolean complete) {

	}

}
