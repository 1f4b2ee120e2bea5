package dev.association.execution;

import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Runs finds: plans the include tree, renders SQL through the dialect, executes one statement for the root and
 * its to-one joins plus one batched statement per to-many level, and stitches rows into plain objects.
 */
public final class QueryEngine {

	private final EngineContext context;

	public QueryEngine(EngineContext context) {
		this.context = context;
	}

	/**
	 * The rows of a model that a find describes, with its includes loaded.
	 * @param <T> the model type
	 * @param model the model
	 * @param find the find
	 * @return the rows
	 */
	public <T> List<T> findAll(ModelMetadata model, Find find) {
		throw new UnsupportedOperationException("findAll is not implemented yet (" + this.context.dialect() + ")");
	}

	/**
	 * The number of distinct top-level rows a find describes.
	 * @param model the model
	 * @param find the find
	 * @return the count
	 */
	public long count(ModelMetadata model, Find find) {
		throw new UnsupportedOperationException("count is not implemented yet");
	}

	/**
	 * The targets of one association for one source row, as the accessors' {@code get} needs them: the association's
	 * scope and through scope applied, the join row put into the target's through field (belongsToMany through a
	 * join model), the find's condition, includes, order and limit honoured.
	 * @param <R> the target type
	 * @param association the association
	 * @param sourceKeyValue the source's key value: its sourceKey for hasOne/hasMany/belongsToMany, its foreign key
	 * value for belongsTo
	 * @param find condition, includes, order, limit on the targets
	 * @return the targets
	 */
	public <R> List<R> findAssociated(AssociationMetadata association, Object sourceKeyValue, Find find) {
		throw new UnsupportedOperationException("findAssociated is not implemented yet");
	}

	/**
	 * The number of targets of one association for one source row (scope and through scope applied).
	 * @param association the association
	 * @param sourceKeyValue as for {@link #findAssociated}
	 * @param where an extra condition on the targets, or null
	 * @return the count
	 */
	public long countAssociated(AssociationMetadata association, Object sourceKeyValue, @Nullable Where where) {
		throw new UnsupportedOperationException("countAssociated is not implemented yet");
	}

}
