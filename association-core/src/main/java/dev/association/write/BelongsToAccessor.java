package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.association.WriteException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.query.Find;
import dev.association.repository.OneAccessor;
import dev.association.sql.BoundValue;
import dev.association.sql.ForeignKeyStatements;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A belongsTo's mixins, as Sequelize's: {@code set} writes the source's own foreign key (and updatedAt);
 * {@code create} inserts the target, then points the source at it.
 * @param <R> the target type
 */
final class BelongsToAccessor<R> extends AccessorSupport implements OneAccessor<R> {

	private final ForeignKeyStatements sql;

	BelongsToAccessor(WriteContext context, ModelWriter rows, AssociationMetadata association, Object source) {
		super(context, rows, association, source);
		this.sql = context.foreignKeyStatements(association);
	}

	@Override
	public Optional<R> get() {
		Object foreignKey = this.association.foreignKey().get(this.source);
		if (foreignKey == null) {
			return Optional.empty();
		}
		List<R> found = this.context.queries().findAssociated(this.association, foreignKey, Find.all().limit(1));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public void set(@Nullable Object target) {
		Object value = (target != null) ? target(target, this.association.targetKey()).key() : null;
		Attribute foreignKey = this.association.foreignKey();
		if (value == null && !this.association.foreignKeyAllowNull()) {
			throw new WriteException("Cannot unset " + this.association.describe() + ": "
					+ this.association.source().name() + "." + foreignKey.name() + " (column " + foreignKey.column()
					+ ") is NOT NULL. Set another " + this.association.target().name() + " instead.");
		}
		ModelRows source = this.context.rows(this.association.source());
		List<BoundValue> key = source.keyValues(this.source, "set " + this.association.alias() + " of");
		Instant now = this.context.timestamps().now();
		Attribute updatedAt = WriteContext.touchedUpdatedAt(this.association.source());
		List<BoundValue> parameters = new ArrayList<>();
		parameters.add(BoundValue.of(foreignKey, value));
		if (updatedAt != null) {
			parameters.add(BoundValue.of(updatedAt, this.context.timestamps().value(updatedAt, now)));
		}
		parameters.addAll(key);
		if (write("set", () -> this.context.statements().update(this.sql.link(), parameters)) == 0) {
			throw new WriteException("Cannot set " + this.association.describe() + ": the " + source.model().name()
					+ " row (" + source.describeKey(this.source) + ") does not exist. Create it first.");
		}
		foreignKey.set(this.source, value);
		if (updatedAt != null) {
			updatedAt.set(this.source, this.context.timestamps().value(updatedAt, now));
		}
	}

	@Override
	public R create(R target) {
		Assert.notNull(target, "Target must not be null");
		return write("create", () -> {
			for (var entry : this.association.scope().entrySet()) {
				this.association.target().attribute(entry.getKey()).set(target, entry.getValue());
			}
			R created = this.rows.create(this.association.target(), target);
			set(created);
			return created;
		});
	}

}
