package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.association.HookType;
import dev.association.WriteException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelHooks;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.QueryPlanner;
import dev.association.query.Where;
import dev.association.sql.BoundValue;
import dev.association.sql.ConditionWriter;
import dev.association.sql.SqlFragment;
import org.jspecify.annotations.Nullable;

/**
 * Restores soft-deleted rows of a paranoid model: {@code deletedAt} back to null and {@code updatedAt} set, in one
 * statement, or row by row in one transaction when the model has restore hooks. A restore changes no other row.
 */
final class Restorer {

	private final WriteContext context;

	private final QueryPlanner conditions = new QueryPlanner();

	Restorer(WriteContext context) {
		this.context = context;
	}

	void restore(ModelMetadata model, Object instance) {
		model.requireDeletedAt("restore");
		ModelRows sql = this.context.rows(model);
		sql.keyValues(instance, "restore");
		if (hasHooks(model)) {
			this.context.inTransaction(() -> restoreRow(sql, instance));
		}
		else {
			restoreRow(sql, instance);
		}
	}

	int restore(ModelMetadata model, Where where) {
		model.requireDeletedAt("restore");
		ModelRows sql = this.context.rows(model);
		this.conditions.checkCondition(model, where);
		SqlFragment condition = ConditionWriter.render(this.context.dialect(), this.context.engine().tables(), model,
				where);
		if (hasHooks(model)) {
			return this.context.inTransaction(() -> {
				List<Object> rows = new ArrayList<>();
				String select = sql.select() + " WHERE " + condition.sql() + sql.statements().deleted();
				for (@Nullable Object[] values : this.context.statements().query(select, condition.values(),
						sql.readers())) {
					rows.add(sql.materialize(values));
				}
				rows.forEach((row) -> restoreRow(sql, row));
				return rows.size();
			});
		}
		List<BoundValue> parameters = touched(model, this.context.timestamps().now());
		parameters.addAll(condition.values());
		return this.context.statements().update(sql.statements().restoreWhere(condition), parameters);
	}

	private static boolean hasHooks(ModelMetadata model) {
		ModelHooks hooks = model.hooks();
		return hooks.has(HookType.BEFORE_RESTORE) || hooks.has(HookType.AFTER_RESTORE);
	}

	private void restoreRow(ModelRows sql, Object instance) {
		ModelMetadata model = sql.model();
		Instant now = this.context.timestamps().now();
		model.hooks().run(HookType.BEFORE_RESTORE, instance);
		List<BoundValue> parameters = touched(model, now);
		parameters.addAll(sql.keyValues(instance, "restore"));
		if (this.context.statements().update(sql.statements().restore(), parameters) == 0) {
			throw new WriteException("Cannot restore " + model.name() + " (" + sql.describeKey(instance)
					+ "): no such row.");
		}
		model.requireDeletedAt("restore").set(instance, null);
		Attribute updatedAt = WriteContext.touchedUpdatedAt(model);
		if (updatedAt != null) {
			updatedAt.set(instance, this.context.timestamps().value(updatedAt, now));
		}
		model.hooks().run(HookType.AFTER_RESTORE, instance);
	}

	/**
	 * The value a restore writes besides {@code deletedAt = NULL}: {@code updatedAt}, when the model has one.
	 */
	private List<BoundValue> touched(ModelMetadata model, Instant now) {
		List<BoundValue> values = new ArrayList<>(1);
		Attribute updatedAt = WriteContext.touchedUpdatedAt(model);
		if (updatedAt != null) {
			values.add(BoundValue.of(updatedAt, this.context.timestamps().value(updatedAt, now)));
		}
		return values;
	}

}
