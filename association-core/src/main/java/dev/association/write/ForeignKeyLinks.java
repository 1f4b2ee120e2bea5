package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.sql.BoundValue;
import dev.association.sql.ForeignKeyStatements;
import dev.association.sql.SqlFragment;
import org.jspecify.annotations.Nullable;

/**
 * Links and unlinks the targets of a hasOne or hasMany by writing their foreign key (and the association's scope),
 * in chunked bulk updates, and keeps the instances passed in up to date.
 */
final class ForeignKeyLinks {

	private final WriteContext context;

	private final AssociationMetadata association;

	private final ForeignKeyStatements sql;

	private final @Nullable Attribute targetId;

	private final @Nullable ColumnReader targetIdReader;

	private final @Nullable Attribute updatedAt;

	ForeignKeyLinks(WriteContext context, AssociationMetadata association) {
		this.context = context;
		this.association = association;
		this.sql = context.foreignKeyStatements(association);
		this.targetId = association.target().id();
		this.targetIdReader = (this.targetId != null) ? context.dialect().reader(this.targetId) : null;
		this.updatedAt = WriteContext.touchedUpdatedAt(association.foreignKeyHolder());
	}

	/**
	 * The key the targets are identified by: the target's {@code @Id}.
	 * @return the key attribute
	 */
	Attribute targetId() {
		Attribute id = this.targetId;
		if (id == null) {
			throw new QueryException(this.association.describe() + ": " + this.association.target().name()
					+ " has no @Id attribute, so its rows cannot be linked one by one.");
		}
		return id;
	}

	List<Object> linked(Object sourceKey) {
		targetId();
		ColumnReader reader = this.targetIdReader;
		List<BoundValue> parameters = new ArrayList<>();
		parameters.add(BoundValue.of(this.association.foreignKey(), sourceKey));
		parameters.addAll(this.sql.scopeValues());
		List<Object> keys = new ArrayList<>();
		for (Object key : this.context.statements().queryColumn(this.sql.selectLinked(), parameters, reader)) {
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	void link(Object sourceKey, List<Object> keys, Instant now) {
		Attribute id = targetId();
		Attribute updatedAt = this.updatedAt;
		int fixed = 2 + this.sql.linkScope().size();
		for (SqlFragment condition : this.context.keyConditions(this.sql.keyColumn(), id, keys, fixed)) {
			List<BoundValue> parameters = new ArrayList<>(fixed + condition.values().size());
			parameters.add(BoundValue.of(this.association.foreignKey(), sourceKey));
			parameters.addAll(this.sql.linkScope());
			if (updatedAt != null) {
				parameters.add(BoundValue.of(updatedAt, this.context.timestamps().value(updatedAt, now)));
			}
			parameters.addAll(condition.values());
			this.context.statements().update(this.sql.link() + condition.sql(), parameters);
		}
	}

	void unlink(Object sourceKey, List<Object> keys, Instant now) {
		requireNullable(keys.size() + " " + this.association.target().name() + " row(s)");
		Attribute id = targetId();
		Attribute updatedAt = this.updatedAt;
		for (SqlFragment condition : this.context.keyConditions(this.sql.keyColumn(), id, keys, 2)) {
			List<BoundValue> parameters = new ArrayList<>(2 + condition.values().size());
			if (updatedAt != null) {
				parameters.add(BoundValue.of(updatedAt, this.context.timestamps().value(updatedAt, now)));
			}
			parameters.add(BoundValue.of(this.association.foreignKey(), sourceKey));
			parameters.addAll(condition.values());
			this.context.statements().update(this.sql.unlink() + condition.sql(), parameters);
		}
	}

	/**
	 * Refuses to unlink when the foreign key is NOT NULL, before any row changes.
	 * @param what the rows that would be unlinked, for the message
	 */
	void requireNullable(String what) {
		if (!this.association.foreignKeyAllowNull()) {
			Attribute foreignKey = this.association.foreignKey();
			throw new WriteException("Cannot unlink " + what + " from " + this.association.describe() + ": "
					+ this.association.target().name() + "." + foreignKey.name() + " (column " + foreignKey.column()
					+ ") is NOT NULL. Destroy those rows instead, or make the foreign key nullable with foreignKey(\""
					+ foreignKey.name() + "\", true).");
		}
	}

	long countLinked(Object sourceKey, List<Object> keys) {
		Attribute id = targetId();
		int fixed = 1 + this.sql.scopeValues().size();
		long count = 0;
		for (SqlFragment condition : this.context.keyConditions(this.sql.keyColumn(), id, keys, fixed)) {
			List<BoundValue> parameters = new ArrayList<>(fixed + condition.values().size());
			parameters.add(BoundValue.of(this.association.foreignKey(), sourceKey));
			parameters.addAll(this.sql.scopeValues());
			parameters.addAll(condition.values());
			count += this.context.statements().count(this.sql.has() + condition.sql(), parameters);
		}
		return count;
	}

	/**
	 * Sets the foreign key and the scope on an instance, as a link wrote them.
	 * @param instance the target instance
	 * @param sourceKey the source key
	 * @param touched the time of the write when the row was updated, null when it was not
	 */
	void markLinked(Object instance, Object sourceKey, @Nullable Instant touched) {
		this.association.foreignKey().set(instance, sourceKey);
		for (Map.Entry<String, Object> entry : this.association.scope().entrySet()) {
			this.association.target().attribute(entry.getKey()).set(instance, entry.getValue());
		}
		touch(instance, touched);
	}

	void markUnlinked(Object instance, Instant touched) {
		this.association.foreignKey().set(instance, null);
		touch(instance, touched);
	}

	private void touch(Object instance, @Nullable Instant touched) {
		Attribute updatedAt = this.updatedAt;
		if (touched != null && updatedAt != null) {
			updatedAt.set(instance, this.context.timestamps().value(updatedAt, touched));
		}
	}

}
