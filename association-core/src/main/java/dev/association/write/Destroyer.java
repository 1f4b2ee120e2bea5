package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.association.HookType;
import dev.association.WriteException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelHooks;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.QueryPlanner;
import dev.association.query.Where;
import dev.association.sql.BoundValue;
import dev.association.sql.ConditionWriter;
import dev.association.sql.SqlFragment;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Deletes rows: one DELETE when the database's ON DELETE rules do the rest, or, when the model has destroy hooks or
 * {@code hooks(true)} cascades, row by row (children first, recursively) inside one transaction. A refusal by a
 * RESTRICT rule becomes a {@link WriteException} naming the association.
 */
final class Destroyer {

	private final WriteContext context;

	private final QueryPlanner conditions = new QueryPlanner();

	Destroyer(WriteContext context) {
		this.context = context;
	}

	void destroy(ModelMetadata model, Object instance) {
		ModelRows sql = this.context.rows(model);
		List<BoundValue> key = sql.keyValues(instance, "destroy");
		if (isOneByOne(sql)) {
			this.context.inTransaction(() -> destroyRow(sql, instance));
		}
		else {
			delete(sql, sql.delete(), key, model.name() + " (" + sql.describeKey(instance) + ")");
		}
	}

	int destroy(ModelMetadata model, Where where) {
		ModelRows sql = this.context.rows(model);
		this.conditions.checkCondition(model, where);
		SqlFragment condition = ConditionWriter.render(this.context.dialect(), this.context.engine().tables(), model,
				where, this.conditions.paths(model, where));
		if (isOneByOne(sql)) {
			return this.context.inTransaction(() -> {
				List<Object> rows = load(sql, " WHERE " + condition.sql(), condition.values());
				rows.forEach((row) -> destroyRow(sql, row));
				return rows.size();
			});
		}
		return delete(sql, sql.statements().deleteWhere(condition), condition.values(),
				"the " + model.name() + " rows matching " + where);
	}

	private static boolean isOneByOne(ModelRows sql) {
		ModelHooks hooks = sql.model().hooks();
		return hooks.has(HookType.BEFORE_DESTROY) || hooks.has(HookType.AFTER_DESTROY) || !sql.cascades().isEmpty();
	}

	private void destroyRow(ModelRows sql, Object instance) {
		ModelMetadata model = sql.model();
		model.hooks().run(HookType.BEFORE_DESTROY, instance);
		for (ModelRows.Cascade cascade : sql.cascades()) {
			AssociationMetadata association = cascade.association();
			Object parentKey = association.sourceKey().get(instance);
			if (parentKey == null) {
				continue;
			}
			ModelRows child = this.context.rows(cascade.child());
			List<BoundValue> parameters = new ArrayList<>();
			parameters.add(BoundValue.of(association.sourceKey(), parentKey));
			parameters.addAll(cascade.where().values());
			for (Object row : load(child, cascade.where().sql(), parameters)) {
				destroyRow(child, row);
			}
		}
		delete(sql, sql.delete(), sql.keyValues(instance, "destroy"),
				model.name() + " (" + sql.describeKey(instance) + ")");
		model.hooks().run(HookType.AFTER_DESTROY, instance);
	}

	private List<Object> load(ModelRows sql, String where, List<BoundValue> parameters) {
		List<Object> rows = new ArrayList<>();
		for (Object[] values : this.context.statements().query(sql.select() + where, parameters, sql.readers())) {
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
