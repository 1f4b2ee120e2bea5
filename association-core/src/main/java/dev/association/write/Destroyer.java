package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.association.HookType;
import dev.association.WriteException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelHooks;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.QueryPlanner;
import dev.association.query.Where;
import dev.association.sql.BoundValue;
import dev.association.sql.ConditionWriter;
import dev.association.sql.SqlFragment;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Deletes rows: one statement when the database's ON DELETE rules do the rest, or, when the model has destroy hooks
 * or {@code hooks(true)} cascades, row by row (children first, recursively) inside one transaction. The rows of a
 * paranoid model are soft-deleted (an UPDATE of {@code deletedAt} and {@code updatedAt} on the rows not yet
 * soft-deleted, so no ON DELETE rule fires) unless the delete is forced. A refusal by a RESTRICT rule becomes a
 * {@link WriteException} naming the association.
 */
final class Destroyer {

	private final WriteContext context;

	private final QueryPlanner conditions = new QueryPlanner();

	Destroyer(WriteContext context) {
		this.context = context;
	}

	void destroy(ModelMetadata model, Object instance, boolean force) {
		ModelRows sql = this.context.rows(model);
		List<BoundValue> key = sql.keyValues(instance, force ? "forceDestroy" : "destroy");
		if (isOneByOne(sql)) {
			this.context.inTransaction(() -> destroyRow(sql, instance, force));
		}
		else if (soft(model, force)) {
			softDelete(sql, instance, key, this.context.timestamps().now());
		}
		else {
			delete(sql, sql.delete(), key, model.name() + " (" + sql.describeKey(instance) + ")");
		}
	}

	int destroy(ModelMetadata model, Where where, boolean force) {
		ModelRows sql = this.context.rows(model);
		this.conditions.checkCondition(model, where);
		SqlFragment condition = ConditionWriter.render(this.context.dialect(), this.context.engine().tables(), model,
				where, this.conditions.paths(model, where));
		boolean soft = soft(model, force);
		if (isOneByOne(sql)) {
			return this.context.inTransaction(() -> {
				String live = soft ? sql.statements().notDeleted() : "";
				List<Object> rows = load(sql, " WHERE " + condition.sql() + live, condition.values());
				rows.forEach((row) -> destroyRow(sql, row, force));
				return rows.size();
			});
		}
		if (soft) {
			List<BoundValue> parameters = timestamps(model, this.context.timestamps().now());
			parameters.addAll(condition.values());
			return this.context.statements().update(sql.statements().softDeleteWhere(condition), parameters);
		}
		return delete(sql, sql.statements().deleteWhere(condition), condition.values(),
				"the " + model.name() + " rows matching " + where);
	}

	private static boolean soft(ModelMetadata model, boolean force) {
		return !force && model.isParanoid();
	}

	private static boolean isOneByOne(ModelRows sql) {
		ModelHooks hooks = sql.model().hooks();
		return hooks.has(HookType.BEFORE_DESTROY) || hooks.has(HookType.AFTER_DESTROY) || !sql.cascades().isEmpty();
	}

	/**
	 * Destroys one row as its model destroys, after its {@code hooks(true)} children: a soft delete cascades to the
	 * children not soft-deleted, each destroyed as its own model destroys; a forced delete to every child, forced.
	 */
	private void destroyRow(ModelRows sql, Object instance, boolean force) {
		ModelMetadata model = sql.model();
		Instant now = this.context.timestamps().now();
		model.hooks().run(HookType.BEFORE_DESTROY, instance);
		boolean soft = soft(model, force);
		for (ModelRows.Cascade cascade : sql.cascades()) {
			AssociationMetadata association = cascade.association();
			Object parentKey = association.sourceKey().get(instance);
			if (parentKey == null) {
				continue;
			}
			ModelRows child = this.context.rows(cascade.child());
			SqlFragment where = force ? cascade.where() : cascade.liveWhere();
			List<BoundValue> parameters = new ArrayList<>();
			parameters.add(BoundValue.of(association.sourceKey(), parentKey));
			parameters.addAll(where.values());
			for (Object row : load(child, where.sql(), parameters)) {
				destroyRow(child, row, force);
			}
		}
		List<BoundValue> key = sql.keyValues(instance, force ? "forceDestroy" : "destroy");
		if (soft) {
			softDelete(sql, instance, key, now);
		}
		else {
			delete(sql, sql.delete(), key, model.name() + " (" + sql.describeKey(instance) + ")");
		}
		model.hooks().run(HookType.AFTER_DESTROY, instance);
	}

	/**
	 * Soft-deletes one row, unless it is soft-deleted already; the instance gets the timestamps written.
	 */
	private void softDelete(ModelRows sql, Object instance, List<BoundValue> key, Instant now) {
		ModelMetadata model = sql.model();
		List<BoundValue> parameters = timestamps(model, now);
		parameters.addAll(key);
		if (this.context.statements().update(sql.statements().softDelete(), parameters) > 0) {
			Attribute deletedAt = model.requireDeletedAt("soft-delete");
			deletedAt.set(instance, this.context.timestamps().value(deletedAt, now));
			Attribute updatedAt = WriteContext.touchedUpdatedAt(model);
			if (updatedAt != null) {
				updatedAt.set(instance, this.context.timestamps().value(updatedAt, now));
			}
		}
	}

	/**
	 * The values a soft delete writes: {@code deletedAt}, then {@code updatedAt} when the model has one.
	 */
	private List<BoundValue> timestamps(ModelMetadata model, Instant now) {
		Attribute deletedAt = model.requireDeletedAt("soft-delete");
		List<BoundValue> values = new ArrayList<>(2);
		values.add(BoundValue.of(deletedAt, this.context.timestamps().value(deletedAt, now)));
		Attribute updatedAt = WriteContext.touchedUpdatedAt(model);
		if (updatedAt != null) {
			values.add(BoundValue.of(updatedAt, this.context.timestamps().value(updatedAt, now)));
		}
		return values;
	}

	private List<Object> load(ModelRows sql, String where, List<BoundValue> parameters) {
		List<Object> rows = new ArrayList<>();
		for (@Nullable Object[] values : this.context.statements().query(sql.select() + where, parameters,
				sql.readers())) {
			rows.add(sql.materialize(values));
		}
		return rows;
	}

	private int delete(ModelRows sql, String delete, List<BoundValue> parameters, String what) {
		try {
			return this.context.statements().update(delete, parameters);
		}
		catch (DataIntegrityViolationException ex) {
			throw refused(sql, what, ex);
		}
	}

	private static WriteException refused(ModelRows sql, String what, DataIntegrityViolationException ex) {
		List<AssociationMetadata> restrictions = sql.restrictions();
		if (restrictions.isEmpty()) {
			return new WriteException("Cannot destroy " + what + ": the database refused ("
					+ ex.getMostSpecificCause().getMessage() + ")", ex);
		}
		String associations = restrictions.stream()
			.map((a) -> a.describe() + " with onDelete " + a.onDelete())
			.collect(Collectors.joining(", "));
		String rows = restrictions.stream()
			.map((a) -> a.foreignKeyHolder().name())
			.distinct()
			.collect(Collectors.joining(" or "));
		return new WriteException("Cannot destroy " + what + ": " + rows + " rows still reference it and "
				+ ((restrictions.size() == 1) ? "" : "one of ") + associations
				+ " refuses the delete. Destroy or unlink those rows first.", ex);
	}

}
