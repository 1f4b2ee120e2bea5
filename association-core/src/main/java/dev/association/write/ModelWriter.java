package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.association.AssociationException;
import dev.association.HookType;
import dev.association.WriteException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelHooks;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import dev.association.sql.BoundValue;
import dev.association.sql.KeyConditions;
import org.jspecify.annotations.Nullable;

/**
 * Inserts and updates whole rows of a model: keys, timestamps and lifecycle hooks, batches per chunk.
 */
final class ModelWriter {

	private static final int MAX_BATCH = 1000;

	private final WriteContext context;

	ModelWriter(WriteContext context) {
		this.context = context;
	}

	<T> T create(ModelMetadata model, T instance) {
		ModelRows sql = this.context.rows(model);
		ModelHooks hooks = model.hooks();
		if (hooks.has(HookType.BEFORE_CREATE) || hooks.has(HookType.AFTER_CREATE)) {
			return this.context.inTransaction(() -> insert(sql, instance));
		}
		return insert(sql, instance);
	}

	private <T> T insert(ModelRows sql, T instance) {
		ModelMetadata model = sql.model();
		prepare(model, instance, this.context.timestamps().now());
		model.hooks().run(HookType.BEFORE_CREATE, instance);
		Attribute id = sql.generatedId();
		if (id != null && sql.needsGeneratedKey(instance)) {
			Object key = this.context.statements()
				.insertReturningKey(sql.insertGenerated(), sql.values(instance, sql.columnsWithoutId()), id, sql.idReader());
			if (key == null) {
				throw new AssociationException("The database returned no generated " + id.name() + " for a new "
						+ model.name());
			}
			id.set(instance, key);
		}
		else {
			this.context.statements().update(sql.insert(), sql.values(instance, sql.columns()));
		}
		model.hooks().run(HookType.AFTER_CREATE, instance);
		return instance;
	}

	<T> List<T> bulkCreate(ModelMetadata model, List<T> instances) {
		if (instances.isEmpty()) {
			return instances;
		}
		ModelRows sql = this.context.rows(model);
		if (instances.size() == 1 && !model.hooks().any()) {
			insertAll(sql, instances, null);
		}
		else {
			// a JDBC batch is one statement per row: under auto-commit H2 and MariaDB commit each row on its own
			this.context.inTransaction(() -> insertAll(sql, instances, null));
		}
		return instances;
	}

	/**
	 * Inserts instances in batches, generated keys read back, create hooks run; all inside the caller's
	 * transaction when there is more than one statement.
	 * @param sql the model's statements
	 * @param instances the instances
	 * @param ignoringDuplicates for join rows: the insert that skips rows already there (no keys are read back),
	 * over {@link ModelRows#columnsWithoutId()}; null for plain inserts
	 */
	void insertAll(ModelRows sql, List<?> instances, @Nullable String ignoringDuplicates) {
		insert(sql, instances, ignoringDuplicates, this.context.timestamps().now(), false);
	}

	/**
	 * Inserts instances as {@link #insertAll(ModelRows, List, String)} does, with the time of a write that touches
	 * more rows (a nested create), each insert prepared once and executed in batches of {@value #MAX_BATCH} rows: at
	 * most one statement for the rows with a generated key and one for the others, however many rows.
	 * @param sql the model's statements
	 * @param instances the instances
	 * @param ignoringDuplicates the insert that skips rows already there, or null
	 * @param now the time of the write
	 */
	void insertAll(ModelRows sql, List<?> instances, @Nullable String ignoringDuplicates, Instant now) {
		insert(sql, instances, ignoringDuplicates, now, true);
	}

	private void insert(ModelRows sql, List<?> instances, @Nullable String ignoringDuplicates, Instant now,
			boolean preparedOnce) {
		ModelMetadata model = sql.model();
		for (Object instance : instances) {
			prepare(model, instance, now);
			model.hooks().run(HookType.BEFORE_CREATE, instance);
		}
		int batch = batchSize(sql);
		int perStatement = preparedOnce ? Math.max(1, instances.size()) : batch;
		if (ignoringDuplicates != null) {
			for (List<?> chunk : KeyConditions.chunks(instances, perStatement)) {
				this.context.statements().batch(ignoringDuplicates, rows(sql, chunk, sql.columnsWithoutId()), batch);
			}
		}
		else {
			List<Object> generated = new ArrayList<>();
			List<Object> explicit = new ArrayList<>();
			for (Object instance : instances) {
				(sql.needsGeneratedKey(instance) ? generated : explicit).add(instance);
			}
			for (List<Object> chunk : KeyConditions.chunks(generated, perStatement)) {
				Attribute id = sql.generatedId();
				List<@Nullable Object> keys = this.context.statements()
					.batchReturningKeys(sql.insertGenerated(), rows(sql, chunk, sql.columnsWithoutId()), id,
							sql.idReader(), batch);
				for (int i = 0; i < chunk.size(); i++) {
					id.set(chunk.get(i), keys.get(i));
				}
			}
			for (List<Object> chunk : KeyConditions.chunks(explicit, perStatement)) {
				this.context.statements().batch(sql.insert(), rows(sql, chunk, sql.columns()), batch);
			}
		}
		for (Object instance : instances) {
			model.hooks().run(HookType.AFTER_CREATE, instance);
		}
	}

	<T> T update(ModelMetadata model, T instance) {
		ModelRows sql = this.context.rows(model);
		sql.keyValues(instance, "update");
		if (sql.update() == null) {
			return instance;
		}
		ModelHooks hooks = model.hooks();
		if (hooks.has(HookType.BEFORE_UPDATE) || hooks.has(HookType.AFTER_UPDATE)) {
			return this.context.inTransaction(() -> updateRow(sql, instance));
		}
		return updateRow(sql, instance);
	}

	private <T> T updateRow(ModelRows sql, T instance) {
		ModelMetadata model = sql.model();
		this.context.timestamps().updated(model, instance, this.context.timestamps().now());
		model.hooks().run(HookType.BEFORE_UPDATE, instance);
		List<BoundValue> values = sql.values(instance, sql.updated());
		values.addAll(sql.keyValues(instance, "update"));
		int updated = this.context.statements().update(sql.update(), values);
		if (updated == 0) {
			throw new WriteException("Cannot update " + model.name() + " (" + sql.describeKey(instance)
					+ "): no such row. Use create(...) to insert it.");
		}
		model.hooks().run(HookType.AFTER_UPDATE, instance);
		return instance;
	}

	private void prepare(ModelMetadata model, Object instance, Instant now) {
		Attribute id = model.id();
		if (id != null && id.valueType() == ValueType.UUID && id.get(instance) == null) {
			id.set(instance, UUID.randomUUID());
		}
		this.context.timestamps().created(model, instance, now);
	}

	private static List<List<BoundValue>> rows(ModelRows sql, List<?> instances, List<Attribute> columns) {
		List<List<BoundValue>> rows = new ArrayList<>(instances.size());
		for (Object instance : instances) {
			rows.add(sql.values(instance, columns));
		}
		return rows;
	}

	/**
	 * Rows per batch: a driver may rewrite a batch into one multi-row statement, so stay under the parameter
	 * limit too.
	 */
	private int batchSize(ModelRows sql) {
		return Math.max(1, Math.min(MAX_BATCH, this.context.dialect().maxParameters() / Math.max(1, sql.columns().size())));
	}

}
