package dev.association.write;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.association.metadata.AssociationMetadata;
import dev.association.query.Find;
import dev.association.repository.OneAccessor;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A hasOne's mixins, as Sequelize's: {@code set} unlinks the previous target (nulls its foreign key) and links the
 * new one; {@code create} inserts a target with the foreign key set and leaves a previous one as it is.
 * @param <R> the target type
 */
final class HasOneAccessor<R> extends AccessorSupport implements OneAccessor<R> {

	private final ForeignKeyLinks links;

	HasOneAccessor(WriteContext context, ModelWriter rows, AssociationMetadata association, Object source) {
		super(context, rows, association, source);
		this.links = new ForeignKeyLinks(context, association);
	}

	@Override
	public Optional<R> get() {
		List<R> found = this.context.queries().findAssociated(this.association, sourceKey(), Find.all().limit(1));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public void set(@Nullable Object target) {
		Target wanted = (target != null) ? target(target, this.links.targetId()) : null;
		Object sourceKey = sourceKey();
		Instant now = this.context.timestamps().now();
		boolean linked = write("set", () -> {
			List<Object> current = this.links.linked(sourceKey);
			List<Object> previous = current.stream().filter((key) -> wanted == null || !key.equals(wanted.key())).toList();
			if (!previous.isEmpty()) {
				this.links.unlink(sourceKey, previous, now);
			}
			boolean alreadyLinked = wanted != null && current.contains(wanted.key());
			if (wanted != null && !alreadyLinked) {
				this.links.link(sourceKey, List.of(wanted.key()), now);
			}
			return !alreadyLinked;
		});
		if (wanted != null && wanted.instance() != null) {
			this.links.markLinked(wanted.instance(), sourceKey, linked ? now : null);
		}
	}

	@Override
	public R create(R target) {
		Assert.notNull(target, "Target must not be null");
		this.links.markLinked(target, sourceKey(), null);
		return this.rows.create(this.association.target(), target);
	}

}
