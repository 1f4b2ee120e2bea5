package dev.association;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.association.execution.EngineContext;
import dev.association.execution.QueryEngine;
import dev.association.metadata.HookRegistration;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ModelScanner;
import dev.association.report.MermaidDiagram;
import dev.association.report.StartupReport;
import dev.association.repository.AssociationRepository;
import dev.association.repository.support.SimpleAssociationRepository;
import dev.association.schema.JdbcSchema;
import dev.association.schema.Schema;
import dev.association.sql.TableNames;
import dev.association.write.WriteEngine;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * The engine: models, associations, repositories and schema on one database. Thread-safe, built once.
 * <pre>{@code
 * Associations associations = Associations.builder()
 *     .dataSource(dataSource)
 *     .models(User.class, Profile.class, Post.class)
 *     .build();
 * AssociationRepository<User, Long> users = associations.repository(User.class);
 * }</pre>
 */
public final class Associations {

	private final EngineContext context;

	private final QueryEngine queries;

	private final WriteEngine writes;

	private final Schema schema;

	private final Map<Class<?>, AssociationRepository<?, ?>> repositories = new ConcurrentHashMap<>();

	private Associations(EngineContext context) {
		this.context = context;
		this.queries = new QueryEngine(context);
		this.writes = new WriteEngine(context, this.queries);
		this.schema = new JdbcSchema(context.metamodel(), context.dialect(), context.jdbc(), context.tables());
	}

	/**
	 * A builder for an engine.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The repository of a model.
	 * @param <T> the model type
	 * @param <ID> the key type
	 * @param type the model class
	 * @return the repository (one per model, cached)
	 * @throws QueryException when the class is not one of this engine's models
	 */
	@SuppressWarnings("unchecked")
	public <T, ID> AssociationRepository<T, ID> repository(Class<T> type) {
		Assert.notNull(type, "Model class must not be null");
		return (AssociationRepository<T, ID>) this.repositories.computeIfAbsent(type,
				(t) -> new SimpleAssociationRepository<>(this.context.metamodel().model(t), this.queries, this.writes));
	}

	/**
	 * The schema operations: create, drop, validate, DDL export.
	 * @return the schema
	 */
	public Schema schema() {
		return this.schema;
	}

	/**
	 * The resolved models and associations.
	 * @return the metamodel
	 */
	public Metamodel metamodel() {
		return this.context.metamodel();
	}

	/**
	 * A Mermaid {@code erDiagram} of every model: its table and columns (PK, FK and UK marked), one line per
	 * association (a pair drawn once, labelled with both aliases) with its cardinality, and join tables as entities.
	 * Models come in registration order, so the text is the same on every start.
	 * <pre>{@code Files.writeString(Path.of("models.mmd"), associations.diagram());}</pre>
	 * @return the Mermaid text
	 */
	public String diagram() {
		return MermaidDiagram.of(this.context.metamodel());
	}

	/**
	 * The dialect in use.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.context.dialect();
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

	/**
	 * Builds an {@link Associations} engine: where the database is, which models, which dialect.
	 */
	public static final class Builder {

		private @Nullable DataSource dataSource;

		private @Nullable JdbcOperations jdbcOperations;

		private @Nullable PlatformTransactionManager transactionManager;

		private @Nullable Dialect dialect;

		private final List<Class<?>> models = new ArrayList<>();

		private final List<String> packages = new ArrayList<>();

		private @Nullable ClassLoader classLoader;

		private boolean sqlLogging;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private boolean startupReport = true;

		private boolean readOnlyFinds;

		private int writeRetries = EngineContext.DEFAULT_WRITE_RETRIES;

		private final List<HookRegistration> hooks = new ArrayList<>();

		private Builder() {
		}

		/**
		 * The database.
		 * @param dataSource the data source
		 * @return this builder
		 */
		public Builder dataSource(DataSource dataSource) {
			Assert.notNull(dataSource, "DataSource must not be null");
			this.dataSource = dataSource;
			return this;
		}

		/**
		 * The database, through existing JDBC operations (a {@link JdbcTemplate}).
		 * @param jdbcOperations the JDBC operations
		 * @return this builder
		 */
		public Builder jdbcOperations(JdbcOperations jdbcOperations) {
			Assert.notNull(jdbcOperations, "JdbcOperations must not be null");
			this.jdbcOperations = jdbcOperations;
			return this;
		}

		/**
		 * The transaction manager that multi-row writes run in (default: one on the data source); inside a
		 * transaction they run in a savepoint when it supports them.
		 * @param transactionManager the transaction manager
		 * @return this builder
		 */
		public Builder transactionManager(PlatformTransactionManager transactionManager) {
			Assert.notNull(transactionManager, "TransactionManager must not be null");
			this.transactionManager = transactionManager;
			return this;
		}

		/**
		 * The dialect, instead of detecting it from the connection.
		 * @param dialect the dialect
		 * @return this builder
		 */
		public Builder dialect(Dialect dialect) {
			Assert.notNull(dialect, "Dialect must not be null");
			this.dialect = dialect;
			return this;
		}

		/**
		 * Model classes.
		 * @param models the classes annotated {@code @Model}
		 * @return this builder
		 */
		public Builder models(Class<?>... models) {
			this.models.addAll(Arrays.asList(models));
			return this;
		}

		/**
		 * Packages to scan for {@code @Model} classes (sub-packages included).
		 * @param packages the package names
		 * @return this builder
		 */
		public Builder modelPackages(String... packages) {
			this.packages.addAll(Arrays.asList(packages));
			return this;
		}

		/**
		 * The class loader for package scanning.
		 * @param classLoader the class loader
		 * @return this builder
		 */
		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/**
		 * Whether to log every statement at INFO on {@code dev.association.sql} with its bound values, rows and time,
		 * and one summary line per find (statements, rows, time), like Sequelize's {@code benchmark: true}.
		 * @param sqlLogging true to log
		 * @return this builder
		 */
		public Builder sqlLogging(boolean sqlLogging) {
			this.sqlLogging = sqlLogging;
			return this;
		}

		/**
		 * The Micrometer registry that finds and counts are observed in as {@code association.query} and writes as
		 * {@code association.write} (key values {@code model}, {@code operation}, {@code statements}, {@code rows});
		 * default {@link ObservationRegistry#NOOP}, observing nothing.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			Assert.notNull(observationRegistry, "ObservationRegistry must not be null");
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Whether {@link #build()} logs the startup report: one INFO block on {@code dev.association.startup} with
		 * the models, their associations and the associations without an inverse (default true). The starter turns
		 * it off for the engine it builds and logs the report itself once it has applied
		 * {@code association.schema.mode}, with what schema validation checked.
		 * @param startupReport false to log nothing at INFO
		 * @return this builder
		 */
		public Builder startupReport(boolean startupReport) {
			this.startupReport = startupReport;
			return this;
		}

		/**
		 * Whether finds, counts and accessor reads outside a read-write transaction run in a read-only transaction of
		 * their own (default false), so that a routing {@code DataSource} sends them to a read replica: Spring's
		 * {@code LazyConnectionDataSourceProxy} with a read-only {@code DataSource}
		 * ({@link dev.association.replica.ReplicaDataSource#routing}), or any {@code DataSource} that routes on
		 * {@code TransactionSynchronizationManager.isCurrentTransactionReadOnly()}. All statements of one find run on
		 * one connection of one server; inside a read-write transaction every read joins it, on the primary.
		 * @param readOnlyFinds true to run reads in read-only transactions
		 * @return this builder
		 */
		public Builder readOnlyFinds(boolean readOnlyFinds) {
			this.readOnlyFinds = readOnlyFinds;
			return this;
		}

		/**
		 * How many times a write that runs in a transaction of its own is run again after the database aborted it in a
		 * conflict with a concurrent transaction (a deadlock, a serialization failure, a lock wait timeout, a Galera
		 * certification failure); default {@value EngineContext#DEFAULT_WRITE_RETRIES}, 0 never retries. A write inside
		 * the caller's transaction is never retried.
		 * @param writeRetries the retries after the first attempt
		 * @return this builder
		 */
		public Builder writeRetries(int writeRetries) {
			Assert.isTrue(writeRetries >= 0, () -> "Write retries must be 0 or more; got " + writeRetries);
			this.writeRetries = writeRetries;
			return this;
		}

		/**
		 * Registers a lifecycle hook given as a value (the starter registers {@link ModelHook} beans here).
		 * @param hook the hook
		 * @return this builder
		 */
		public Builder hook(ModelHook<?> hook) {
			Assert.notNull(hook, "Hook must not be null");
			return register(hook);
		}

		private <T> Builder register(ModelHook<T> hook) {
			return hook(hook.model(), hook.type(), hook.action());
		}

		/**
		 * Registers a lifecycle hook of a model (the starter registers hook beans here); it runs after the hooks of
		 * the same type registered in {@code associate}.
		 * <pre>{@code builder.hook(User.class, HookType.AFTER_CREATE, (user) -> audit.created(user))}</pre>
		 * @param <T> the model type
		 * @param model the model class
		 * @param type when the hook runs
		 * @param hook the hook
		 * @return this builder
		 */
		public <T> Builder hook(Class<T> model, HookType type, Consumer<? super T> hook) {
			this.hooks.add(HookRegistration.of(model, type, hook));
			return this;
		}

		/**
		 * Reads the models, calls every {@code associate}, freezes and validates, then logs the startup report.
		 * @return the engine
		 * @throws AssociationDefinitionException when a model or association cannot work
		 */
		public Associations build() {
			JdbcOperations jdbc = this.jdbcOperations;
			DataSource source = this.dataSource;
			if (jdbc == null && source == null) {
				throw new AssociationDefinitionException("Associations.builder() needs a dataSource(...) or jdbcOperations(...)");
			}
			if (source == null && jdbc instanceof JdbcTemplate template) {
				source = template.getDataSource();
			}
			if (jdbc == null) {
				jdbc = new JdbcTemplate(source);
			}
			PlatformTransactionManager transactions = this.transactionManager;
			if (transactions == null) {
				Assert.state(source != null, "A transactionManager(...) is needed when the JdbcOperations has no DataSource");
				transactions = new DataSourceTransactionManager(source);
			}
			Dialect chosen = this.dialect;
			if (chosen == null) {
				Assert.state(source != null, "A dialect(...) is needed when the JdbcOperations has no DataSource");
				chosen = Dialect.detect(source);
			}
			List<Class<?>> all = new ArrayList<>(this.models);
			if (!this.packages.isEmpty()) {
				ClassLoader loader = (this.classLoader != null) ? this.classLoader : ClassUtils.getDefaultClassLoader();
				all.addAll(ModelScanner.scan(loader, this.packages.toArray(String[]::new)));
			}
			if (all.isEmpty()) {
				throw new AssociationDefinitionException("No models: give models(...) or modelPackages(...) with @Model classes");
			}
			Metamodel metamodel = Metamodel.of(all, this.hooks);
			if (this.startupReport) {
				StartupReport.log(metamodel, chosen.name(), null);
			}
			return new Associations(new EngineContext(metamodel, chosen, jdbc, transactions, this.sqlLogging,
					this.observationRegistry, new TableNames(metamodel, chosen), this.readOnlyFinds, this.writeRetries));
		}

	}

}
