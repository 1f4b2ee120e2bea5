package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.association.AssociationException;
import dev.association.QueryException;
import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * Inserts a row or updates the row with the same primary key (or unique key) in one statement, through the
 * dialect's upsert: the existing row keeps its key and createdAt, which are read back into the instance; every other
 * attribute and updatedAt are written. Upserts run no create or update hooks.
 */
final class Upserter {

	private final WriteContext context;

	Upserter(WriteContext context) {
		this.context = context;
	}

	<T> T upsert(ModelMetadata model, T instance, List<String> conflictNames) {
		ModelRows sql = this.context.rows(model);
		List<Attribute> conflict = conflict(model, sql, conflictNames);
		for (Attribute attribute : conflict) {
			if (attribute.get(instance) == null && !(attribute == sql.generatedId())) {
				throw new QueryException("Cannot upsert a " + model.name() + " on " + names(conflict) + ": its "
						+ attribute.name() + " is null, so no row can match it.");
			}
		}
		Instant now = this.context.timestamps().now();
		Attribute id = model.id();
		if (id != null && id.valueType() == ValueType.UUID && id.get(instance) == null) {
			id.set(instance, UUID.randomUUID());
		}
		this.context.timestamps().created(model, instance, now);
		boolean generate = sql.needsGeneratedKey(instance);
		if (generate && conflict.contains(id)) {
			// no key yet: no row can have it, so the upsert is an insert
			Object key = this.context.statements()
				.insertReturningKey(sql.insertGenerated(), sql.values(instance, sql.columnsWithoutId()), id,
						sql.idReader());
			if (key == null) {
				throw new AssociationException("The database returned no generated " + id.name() + " for a new "
						+ model.name());
			}
			id.set(instance, key);
			return instance;
		}
		List<Attribute> inserted = generate ? sql.columnsWithoutId() : sql.columns();
		List<Attribute> kept = new ArrayList<>();
		if (id != null) {
			kept.add(id);
		}
		if (model.createdAt() != null) {
			kept.add(model.createdAt());
		}
		List<Attribute> returned = kept.stream().filter(Attribute::hasField).toList();
		if (returned.isEmpty()) {
			returned = conflict;
		}
		List<ColumnReader> readers = returned.stream().map(this.context.dialect()::reader).toList();
		String upsert = sql.updates().upsert(inserted, conflict, kept, returned);
		List<@Nullable Object[]> rows = this.context.statements()
			.query(upsert, sql.values(instance, inserted), readers);
		if (rows.size() != 1) {
			throw new AssociationException("The upsert of a " + model.name() + " returned " + rows.size() + " rows");
		}
		for (int i = 0; i < returned.size(); i++) {
			returned.get(i).set(instance, rows.get(0)[i]);
		}
		return instance;
	}

	/**
	 * The conflict attributes, refused before any statement unless they are the primary key (a join model's two
	 * keys) or an attribute with a unique key.
	 */
	private static List<Attribute> conflict(ModelMetadata model, ModelRows sql, List<String> names) {
		if (names.isEmpty()) {
			if (sql.key().isEmpty()) {
				throw new QueryException("Cannot upsert a " + model.name() + " by its primary key: it has none. "
						+ "Name the attributes of a unique key: upsert(instance, \"...\").");
			}
			return sql.key();
		}
		Set<Attribute> named = new LinkedHashSet<>();
		for (String name : names) {
			named.add(model.attribute(name));
		}
		List<Attribute> conflict = List.copyOf(named);
		boolean primary = Set.copyOf(sql.key()).equals(named);
		boolean unique = conflict.size() == 1 && conflict.get(0).isUnique();
		if (!primary && !unique) {
			throw new QueryException("Cannot upsert a " + model.name() + " on " + names(conflict) + ": "
					+ ((conflict.size() == 1) ? "it is" : "they are") + " neither the primary key nor a unique key of "
					+ model.name() + ", so the database cannot tell which row conflicts. Keys of " + model.name() + ": "
					+ keys(model, sql) + ".");
		}
		return conflict;
	}

	private static String keys(ModelMetadata model, ModelRows sql) {
		List<String> keys = new ArrayList<>();
		if (!sql.key().isEmpty()) {
			keys.add(names(sql.key()) + " (primary key)");
		}
		for (Attribute attribute : model.attributes()) {
			if (attribute.isUnique() && !sql.key().contains(attribute)) {
				keys.add(attribute.name() + " (unique)");
			}
		}
		return keys.isEmpty() ? "(none)" : String.join(", ", keys);
	}

	private static String names(List<Attribute> attributes) {
		return String.join(", ", attributes.stream().map(Attribute::name).toList());
	}

}
