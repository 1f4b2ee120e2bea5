package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.QueryException;
import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.ModelMetadata;
import dev.association.sql.BoundValue;
import dev.association.sql.JoinStatements;
import dev.association.sql.KeyConditions;
import dev.association.sql.SqlFragment;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the join rows of one belongsToMany: which targets a source is linked to, inserts of new pairs
 * (join-model defaults, through scope and through attributes set, create hooks run, duplicates skipped), updates of
 * join attributes, deletes, existence counts. Every statement is bulk, chunked under the parameter limit.
 */
final class JoinLinks {

	private static final ColumnReader FLAG = (resultSet, index) -> resultSet.getInt(index);

	private static final int MAX_BATCH = 1000;

	private final WriteContext context;

	private final ModelWriter rows;

	private final AssociationMetadata association;

	private final JoinStatements sql;

	private final @Nullable Attribute updatedAt;

	private final JoinTable join;

	private final List<ColumnReader> linkReaders;

	JoinLinks(WriteContext context, ModelWriter rows, AssociationMetadata association) {
		this.context = context;
		this.rows = rows;
		this.association = association;
		this.sql = context.joinStatements(association);
		this.join = association.joinTable();
		this.updatedAt = WriteContext.touchedUpdatedAt(this.join.model());
		ColumnReader other = context.dialect().reader(this.join.otherKey());
		this.linkReaders = this.sql.scoped() ? List.of(other, FLAG) : List.of(other);
	}

	/**
	 * The join rows of a source (never those of another association sharing the table): target key to whether the
	 * row is inside the through scope (false for a soft-deleted one).
	 * @param sourceKey the source key
	 * @param keys only these targets, or null for all
	 * @return the links
	 */
	Map<Object, Boolean> links(Object sourceKey, @Nullable List<Object> keys) {
		Map<Object, Boolean> links = new LinkedHashMap<>();
		List<BoundValue> fixed = new ArrayList<>();
		fixed.add(BoundValue.of(this.join.foreignKey(), sourceKey));
		fixed.addAll(this.sql.discriminatorValues());
		if (keys == null) {
			collect(links, this.sql.selectLinks(), fixed);
			return links;
		}
		for (SqlFragment condition : keyConditions(keys, fixed.size())) {
			List<BoundValue> parameters = new ArrayList<>(fixed);
			parameters.addAll(condition.values());
			collect(links, this.sql.selectLinks() + " AND " + condition.sql(), parameters);
		}
		return links;
	}

	private void collect(Map<Object, Boolean> links, String select, List<BoundValue> parameters) {
		for (Object[] row : this.context.statements().query(select, parameters, this.linkReaders)) {
			boolean inScope = row.length == 1 || Integer.valueOf(1).equals(row[1]);
			links.merge(row[0], inScope, Boolean::logicalOr);
		}
	}

	/**
	 * Links targets: inserts the missing pairs, brings rows outside the through scope back into it, and writes
	 * join attributes on pairs that exist when some are given.
	 * @param sourceKey the source key
	 * @param keys the target keys
	 * @param existing the links of these targets, from {@link #links}
	 * @param through validated join attributes, from {@link #through}
	 * @param now the time of the write
	 */
	void link(Object sourceKey, List<Object> keys, Map<Object, Boolean> existing, Map<Attribute, @Nullable Object> through,
			Instant now) {
		List<Object> missing = new ArrayList<>();
		List<Object> update = new ArrayList<>();
		for (Object key : keys) {
			Boolean inScope = existing.get(key);
			if (inScope == null) {
				missing.add(key);
			}
			else if (!inScope || !through.isEmpty()) {
				update.add(key);
			}
		}
		if (!update.isEmpty()) {
			update(sourceKey, update, through, now);
		}
		if (!missing.isEmpty()) {
			insert(sourceKey, missing, through);
		}
	}

	private void update(Object sourceKey, List<Object> keys, Map<Attribute, @Nullable Object> through, Instant now) {
		List<BoundValue> values = new ArrayList<>(this.sql.scopeSetValues());
		through.forEach((attribute, value) -> values.add(BoundValue.of(attribute, value)));
		Attribute updatedAt = this.updatedAt;
		if (updatedAt != null) {
			values.add(BoundValue.of(updatedAt, this.context.timestamps().value(updatedAt, now)));
		}
		String update = this.sql.update(List.copyOf(through.keySet()), updatedAt);
		values.add(BoundValue.of(this.join.foreignKey(), sourceKey));
		values.addAll(this.sql.discriminatorValues());
		for (SqlFragment condition : keyConditions(keys, values.size())) {
			List<BoundValue> parameters = new ArrayList<>(values);
			parameters.addAll(condition.values());
			this.context.statements().update(update + condition.sql(), parameters);
		}
	}

	private void insert(Object sourceKey, List<Object> keys, Map<Attribute, @Nullable Object> through) {
		ModelRows joinModel = this.context.rows(this.join.model());
		if (this.join.isModel()) {
			List<Object> joinRows = new ArrayList<>(keys.size());
			for (Object key : keys) {
				Object row = joinModel.model().newInstance();
				this.join.foreignKey().set(row, sourceKey);
				this.join.otherKey().set(row, key);
				this.join.scope().forEach((name, value) -> joinModel.model().attribute(name).set(row, value));
				through.forEach((attribute, value) -> attribute.set(row, value));
				joinRows.add(row);
			}
			this.rows.insertAll(joinModel, joinRows, this.sql.insert());
			return;
		}
		List<Attribute> columns = joinModel.columnsWithoutId();
		for (List<Object> chunk : KeyConditions.chunks(keys, MAX_BATCH)) {
			List<List<BoundValue>> batch = new ArrayList<>(chunk.size());
			for (Object key : chunk) {
				List<BoundValue> row = new ArrayList<>(columns.size());
				for (Attribute column : columns) {
					Object value = (column == this.join.foreignKey()) ? sourceKey
							: (column == this.join.otherKey()) ? key : null;
					row.add(BoundValue.of(column, value));
				}
				batch.add(row);
			}
			this.context.statements().batch(this.sql.insert(), batch);
		}
	}

	/**
	 * Deletes the join rows of these targets, or soft-deletes them (deletedAt and updatedAt set) when the join
	 * model is paranoid.
	 * @param sourceKey the source key
	 * @param keys the target keys
	 * @param now the time of the write
	 */
	void delete(Object sourceKey, List<Object> keys, Instant now) {
		List<BoundValue> fixed = new ArrayList<>();
		Attribute deletedAt = this.join.model().deletedAt();
		if (this.sql.softDeletes() && deletedAt != null) {
			fixed.add(BoundValue.of(deletedAt, this.context.timestamps().value(deletedAt, now)));
			if (this.updatedAt != null) {
				fixed.add(BoundValue.of(this.updatedAt, this.context.timestamps().value(this.updatedAt, now)));
			}
		}
		fixed.add(BoundValue.of(this.join.foreignKey(), sourceKey));
		fixed.addAll(this.sql.throughScopeValues());
		for (SqlFragment condition : keyConditions(keys, fixed.size())) {
			List<BoundValue> parameters = new ArrayList<>(fixed);
			parameters.addAll(condition.values());
			this.context.statements().update(this.sql.delete() + condition.sql(), parameters);
		}
	}

	long countLinked(Object sourceKey, List<Object> keys) {
		List<BoundValue> fixed = new ArrayList<>(this.sql.hasTargetScope());
		fixed.add(BoundValue.of(this.join.foreignKey(), sourceKey));
		fixed.addAll(this.sql.throughScopeValues());
		long count = 0;
		for (SqlFragment condition : this.context.keyConditions("j." + this.sql.otherKey(), this.join.otherKey(), keys,
				fixed.size())) {
			List<BoundValue> parameters = new ArrayList<>(fixed);
			parameters.addAll(condition.values());
			count += this.context.statements().count(this.sql.has() + condition.sql(), parameters);
		}
		return count;
	}

	private List<SqlFragment> keyConditions(List<Object> keys, int otherValues) {
		return this.context.keyConditions(this.sql.otherKey(), this.join.otherKey(), keys, otherValues);
	}

	/**
	 * Checks join attributes against the join model: each must be one of its attributes other than the two keys,
	 * with a value of its type.
	 * @param through the join attributes by name
	 * @return the attributes with their values
	 */
	Map<Attribute, @Nullable Object> through(Map<String, Object> through) {
		Map<Attribute, @Nullable Object> validated = new LinkedHashMap<>();
		if (through.isEmpty()) {
			return validated;
		}
		ModelMetadata model = this.join.model();
		if (!this.join.isModel()) {
			throw new QueryException(this.association.describe() + " goes through the table '" + model.qualifiedTable()
					+ "', which has only its two keys; join attributes " + through.keySet()
					+ " need a join model: through(JoinModel.class).");
		}
		through.forEach((name, value) -> {
			Attribute attribute = model.attribute(name);
			if (attribute == this.join.foreignKey() || attribute == this.join.otherKey()) {
				throw new QueryException(model.name() + "." + name + " is a key of " + this.association.describe()
						+ " and is set by the association; pass only the other join attributes.");
			}
			Object converted = (value != null) ? AccessorSupport.attributeValue(attribute, value) : null;
			if (value != null && converted == null) {
				throw new QueryException(model.name() + "." + name + " is a "
						+ AccessorSupport.boxed(attribute.javaType()).getSimpleName() + "; got a "
						+ value.getClass().getSimpleName() + " (" + value + ").");
			}
			validated.put(attribute, converted);
		});
		return validated;
	}

}
