package dev.association.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.association.Associations;
import dev.association.Schema;
import dev.association.dialect.SqlDialect;
import dev.association.execution.EngineContext;
import dev.association.execution.QueryEngine;
import dev.association.metadata.Metamodel;
import dev.association.report.MermaidDiagram;
import dev.association.repository.AssociationRepository;
import dev.association.repository.support.SimpleAssociationRepository;
import dev.association.schema.JdbcSchema;
import dev.association.write.WriteEngine;
import org.springframework.util.Assert;

/**
 * The implementation behind {@link Associations}: one context, query engine, write engine and schema, shared by every
 * repository. Integrations reach its parts through {@link #of(Associations)}.
 */
public final class Engine extends Associations {

	private final EngineContext context;

	private final QueryEngine queries;

	private final WriteEngine writes;

	private final Schema schema;

	private final Map<Class<?>, AssociationRepository<?, ?>> repositories = new ConcurrentHashMap<>();

	Engine(EngineContext context) {
		this.context = context;
		this.queries = new QueryEngine(context);
		this.writes = new WriteEngine(context, this.queries);
		this.schema = new JdbcSchema(context.metamodel(), context.dialect(), context.jdbc(), context.tables());
	}

	/**
	 * The implementation of an engine, for integrations that need its metamodel, query or write engine.
	 * @param associations an engine built by {@code Associations.builder()}
	 * @return its implementation
	 */
	public static Engine of(Associations associations) {
		Assert.isInstanceOf(Engine.class, associations, "Associations must be built by Associations.builder()");
		return (Engine) associations;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T, ID> AssociationRepository<T, ID> repository(Class<T> type) {
		Assert.notNull(type, "Model class must not be null");
		return (AssociationRepository<T, ID>) this.repositories.computeIfAbsent(type,
				(t) -> new SimpleAssociationRepository<>(this.context.metamodel().model(t), this.queries, this.writes));
	}

	@Override
	public Schema schema() {
		return this.schema;
	}

	@Override
	public String diagram() {
		return MermaidDiagram.of(this.context.metamodel());
	}

	@Override
	public SqlDialect dialect() {
		return this.context.dialect();
	}

	/**
	 * The resolved models and associations.
	 * @return the metamodel
	 */
	public Metamodel metamodel() {
		return this.context.metamodel();
	}

	/**
	 * The query engine, for integrations.
	 * @return the query engine
	 */
	public QueryEngine queries() {
		return this.queries;
	}

	/**
	 * The write engine, for integrations.
	 * @return the write engine
	 */
	public WriteEngine writes() {
		return this.writes;
	}

	/**
	 * The shared engine context, for integrations.
	 * @return the context
	 */
	public EngineContext context() {
		return this.context;
	}

}
