package dev.association.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.WriteException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.QueryPlanner;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.FoundOrCreated;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Sequelize's {@code findOrCreate}: the first row matching a condition, or the defaults created with the values of
 * the condition's {@code eq} atoms. The insert runs in a savepoint of its own, so that when a concurrent caller
 * created the row first and a unique key refuses this insert, the caller's transaction stays usable (on PostgreSQL
 * too) and the row is found again.
 */
final class FindOrCreator {

	private static final int ATTEMPTS = 2;

	private final WriteContext context;

	private final ModelWriter rows;

	private final QueryPlanner conditions = new QueryPlanner();

	FindOrCreator(WriteContext context, ModelWriter rows) {
		this.context = context;
		this.rows = rows;
	}

	<T> FoundOrCreated<T> findOrCreate(ModelMetadata model, Where where, T defaults) {
		this.conditions.checkCondition(model, where);
		Map<Attribute, Object> equalities = new LinkedHashMap<>();
		collectEqualities(model, where, equalities);
		equalities.forEach((attribute, value) -> attribute.set(defaults, value));
		DataIntegrityViolationException refused = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			List<T> found = find(model, where);
			if (!found.isEmpty()) {
				return new FoundOrCreated<>(found.get(0), false);
			}
			try {
				this.context.inTransaction(() -> this.rows.create(model, defaults));
				return new FoundOrCreated<>(defaults, true);
			}
			catch (DataIntegrityViolationException ex) {
				// most likely a concurrent caller inserted the same unique key first: find its row
				refused = ex;
			}
		}
		List<T> found = find(model, where);
		if (!found.isEmpty()) {
			return new FoundOrCreated<>(found.get(0), false);
		}
		throw new WriteException("Cannot findOrCreate a " + model.name() + ": no row matches " + where
				+ ", and the database refused to create one (" + refused.getMostSpecificCause().getMessage()
				+ "). No row was created.", refused);
	}

	private <T> List<T> find(ModelMetadata model, Where where) {
		return this.context.queries().findAll(model, Find.where(where).limit(1));
	}

	private static void collectEqualities(ModelMetadata model, Where where, Map<Attribute, Object> equalities) {
		if (where instanceof Where.Comparison comparison && comparison.operator() == Where.Operator.EQ
				&& comparison.attribute().indexOf('.') < 0) {
			// an equality on an association path names another model's row: nothing to copy into the defaults
			Attribute attribute = model.attribute(comparison.attribute());
			if (attribute.hasField()) {
				equalities.put(attribute, AttributeValues.checked(model, attribute, comparison.value()));
			}
		}
		else if (where instanceof Where.Junction junction && junction.and()) {
			for (Where condition : junction.conditions()) {
				collectEqualities(model, condition, equalities);
			}
		}
	}

}
