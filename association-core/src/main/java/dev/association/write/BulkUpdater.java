package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.QueryPlanner;
import dev.association.query.Where;
import dev.association.sql.BoundValue;
import dev.association.sql.ConditionWriter;
import dev.association.sql.SqlFragment;
import dev.association.sql.UpdateStatements;
import org.jspecify.annotations.Nullable;

/**
 * Updates that change chosen attributes in one statement, without per-row hooks: Sequelize's bulk
 * {@code Model.update(values, { where })} and the atomic {@code SET a = a + ?} of {@code increment}, each setting
 * updatedAt. Every attribute and value is checked before the statement runs. Both skip the soft-deleted rows of a
 * paranoid model, as Sequelize's bulk update does.
 */
final class BulkUpdater {

	private final WriteContext context;

	private final QueryPlanner conditions = new QueryPlanner();

	BulkUpdater(WriteContext context) {
		this.context = context;
	}

	int update(ModelMetadata model, Map<String, Object> values, Where where) {
		if (values.isEmpty()) {
			throw new QueryException("update(values, where) of " + model.name()
					+ " needs at least one attribute to set. Attributes of " + model.name() + ": "
					+ String.join(", ", model.attributes().stream().map(Attribute::name).toList()) + ".");
		}
		ModelRows sql = this.context.rows(model);
		List<Attribute> attributes = new ArrayList<>();
		List<BoundValue> bound = new ArrayList<>();
		values.forEach((name, value) -> {
			Attribute attribute = model.attribute(name);
			attributes.add(attribute);
			bound.add(BoundValue.of(attribute, AttributeValues.checked(model, attribute, value)));
		});
		Attribute updatedAt = WriteContext.touchedUpdatedAt(model);
		if (updatedAt != null && !attributes.contains(updatedAt)) {
			attributes.add(updatedAt);
			Object now = this.context.timestamps().value(updatedAt, this.context.timestamps().now());
			bound.add(BoundValue.of(updatedAt, now));
		}
		SqlFragment condition = condition(model, where);
		bound.addAll(condition.values());
		return this.context.statements()
			.update(sql.updates().set(attributes) + " WHERE " + condition.sql() + sql.statements().notDeleted(), bound);
	}

	int increment(ModelMetadata model, Where where, String name, Number by) {
		Attribute attribute = AttributeValues.numeric(model, name);
		Object amount = AttributeValues.checked(model, attribute, by);
		SqlFragment condition = condition(model, where);
		List<BoundValue> bound = amountAndTime(model, attribute, amount, this.context.timestamps().now());
		bound.addAll(condition.values());
		ModelRows sql = this.context.rows(model);
		return this.context.statements()
			.update(sql.updates().increment(attribute) + " WHERE " + condition.sql() + sql.statements().notDeleted(),
					bound);
	}

	<T> T increment(ModelMetadata model, T instance, String name, Number by) {
		Attribute attribute = AttributeValues.numeric(model, name);
		Object amount = AttributeValues.checked(model, attribute, by);
		ModelRows sql = this.context.rows(model);
		List<BoundValue> key = sql.keyValues(instance, "increment");
		Instant now = this.context.timestamps().now();
		List<BoundValue> bound = amountAndTime(model, attribute, amount, now);
		bound.addAll(key);
		UpdateStatements updates = sql.updates();
		String update = updates.increment(attribute) + updates.byKey();
		String returning = this.context.dialect().updateReturning(update, List.of(attribute));
		List<@Nullable Object[]> stored;
		if (returning != null) {
			stored = this.context.statements()
				.query(returning, bound, List.of(this.context.dialect().reader(attribute)));
		}
		else {
			// the row stays locked by the update until the transaction ends, so the value read is the one written
			stored = this.context.inTransaction(() -> (this.context.statements().update(update, bound) == 0) ? List.of()
					: this.context.statements().query(updates.selectByKey(attribute), key,
							List.of(this.context.dialect().reader(attribute))));
		}
		if (stored.isEmpty()) {
			throw new WriteException("Cannot increment " + model.name() + "." + name + " of " + model.name() + " ("
					+ sql.describeKey(instance) + "): no such row.");
		}
		attribute.set(instance, stored.get(0)[0]);
		this.context.timestamps().updated(model, instance, now);
		return instance;
	}

	private List<BoundValue> amountAndTime(ModelMetadata model, Attribute attribute, @Nullable Object amount,
			Instant now) {
		List<BoundValue> bound = new ArrayList<>();
		bound.add(BoundValue.of(attribute, amount));
		Attribute updatedAt = WriteContext.touchedUpdatedAt(model);
		if (updatedAt != null && updatedAt != attribute) {
			bound.add(BoundValue.of(updatedAt, this.context.timestamps().value(updatedAt, now)));
		}
		return bound;
	}

	private SqlFragment condition(ModelMetadata model, Where where) {
		this.conditions.checkCondition(model, where);
		return ConditionWriter.render(this.context.dialect(), this.context.engine().tables(), model, where,
				this.conditions.paths(model, where));
	}

}
