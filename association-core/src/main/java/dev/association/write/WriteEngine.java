package dev.association.write;

import java.util.List;

import dev.association.execution.EngineContext;
import dev.association.execution.QueryEngine;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Where;
import dev.association.repository.ManyAccessor;
import dev.association.repository.OneAccessor;

/**
 * Inserts, updates and deletes model rows, and hands out the association accessors; every multi-statement write
 * runs in one transaction.
 */
public final class WriteEngine {

	private final EngineContext context;

	private final QueryEngine queries;

	public WriteEngine(EngineContext context, QueryEngine queries) {
		this.context = context;
		this.queries = queries;
	}

	public <T> T create(ModelMetadata model, T instance) {
		throw new UnsupportedOperationException("create is not implemented yet");
	}

	public <T> List<T> bulkCreate(ModelMetadata model, List<T> instances) {
		throw new UnsupportedOperationException("bulkCreate is not implemented yet");
	}

	public <T> T update(ModelMetadata model, T instance) {
		throw new UnsupportedOperationException("update is not implemented yet");
	}

	public void destroy(ModelMetadata model, Object instance) {
		throw new UnsupportedOperationException("destroy is not implemented yet");
	}

	public int destroy(ModelMetadata model, Where where) {
		throw new UnsupportedOperationException("destroy is not implemented yet");
	}

	public <R> ManyAccessor<R> many(ModelMetadata model, Object instance, String alias) {
		throw new UnsupportedOperationException("many is not implemented yet");
	}

	public <R> OneAccessor<R> one(ModelMetadata model, Object instance, String alias) {
		throw new UnsupportedOperationException("one is not implemented yet");
	}

}
