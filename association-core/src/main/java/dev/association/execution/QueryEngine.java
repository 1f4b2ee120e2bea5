package dev.association.execution;

import java.util.List;

import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;

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

}
