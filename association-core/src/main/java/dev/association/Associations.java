package dev.association;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.association.repository.AssociationRepository;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.Assert;

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
public abstract class Associations {

	/**
	 * For the engine's implementation only: applications get an engine from {@link #builder()}.
	 */
	protected Associations() {
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
	public abstract <T, ID> AssociationRepository<T, ID> repository(Class<T> type);

	/**
	 * The schema operations: create, drop, validate, DDL export.
	 * @return the schema
	 */
	public abstract Schema schema();

	/**
	 * A Mermaid {@code erDiagram} of every model: its table and columns (PK, FK and UK marked), one line per
	 * association (a pair drawn once, labelled with both aliases) with its cardinality, and join tables as entities.
	 * Models come in registration order, so the text is the same on every start.
	 * <pre>{@code Files.writeString(Path.of("models.mmd"), associations.diagram());}</pre>
	 * @return the Mermaid text
	 */
	public abstract String diagram();

	/**
	 * The dialect in use.
	 * @return the dialect
	 */
	public abstract Dialect dialect();

	/**
	 * What a {@link Builder} was given, as the engine's implementation receives it.
	 * @param dataSource the database, or null when given as JDBC operations only
	 * @param jdbcOperations the JDBC operations, or null to use the data source
	 * @param transactionManager the transaction manager, or null for one on the data source
	 * @param dialect the dialect, or null to use the dialect name or detect it
	 * @param dialectName the name of a built-in dialect, or null to detect it
	 * @param models the model classes
	 * @param modelPackages the packages to scan for models
	 * @param classLoader the class loader for scanning, or null for the default
	 * @param sqlLogging whether every statement is logged
	 * @param observationRegistry the registry of the engine's observations
	 * @param startupReport whether {@code build()} logs the startup report
	 * @param hooks the hooks registered on the builder, in order
	 */
	public record Settings(@Nullable DataSource dataSource, @Nullable JdbcOperations jdbcOperations,
			@Nullable PlatformTransactionManager transactionManager, @Nullable Dialect dialect, @Nullable String dialectName,
			List<Class<?>> models,
			List<String> modelPackages, @Nullable ClassLoader classLoader, boolean sqlLogging,
			ObservationRegistry observationRegistry, boolean startupReport, List<ModelHook<?>> hooks) {
	}

	/**
	 * The engine's implementation of {@link Builder#build()}, found with {@link ServiceLoader} (registered by
	 * {@code association-core} itself); not for applications.
	 */
	public interface Factory {

		/**
		 * Reads the models, calls every {@code associate}, freezes and validates.
		 * @param settings what the builder was given
		 * @return the engine
		 * @throws AssociationDefinitionException when a model or association cannot work
		 */
		Associations build(Settings settings);

	}

	/**
	 * Builds an {@link Associations} engine: where the database is, which models, which dialect.
	 */
	public static final class Builder {

		private @Nullable DataSource dataSource;

		private @Nullable JdbcOperations jdbcOperations;

		private @Nullable PlatformTransactionManager transactionManager;

		private @Nullable Dialect dialect;

		private @Nullable String dialectName;

		private final List<Class<?>> models = new ArrayList<>();

		private final List<String> packages = new ArrayList<>();

		private @Nullable ClassLoader classLoader;

		private boolean sqlLogging;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private boolean startupReport = true;

		private final List<ModelHook<?>> hooks = new ArrayList<>();

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
			this.dialectName = null;
			return this;
		}

		/**
		 * A built-in dialect by name, instead of detecting it from the connection, as Sequelize's
		 * {@code dialect: 'postgres'}: {@code h2}, {@code postgresql} (or {@code postgres}), {@code mariadb} or
		 * {@code mysql}. An unknown name fails {@link #build()} with the names that exist.
		 * @param name the dialect's name
		 * @return this builder
		 */
		public Builder dialect(String name) {
			Assert.hasText(name, "Dialect name must not be empty");
			this.dialectName = name.trim();
			this.dialect = null;
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
		 * Registers a lifecycle hook given as a value (the starter registers {@link ModelHook} beans here).
		 * @param hook the hook
		 * @return this builder
		 */
		public Builder hook(ModelHook<?> hook) {
			Assert.notNull(hook, "Hook must not be null");
			this.hooks.add(hook);
			return this;
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
			Assert.notNull(model, "Model class must not be null");
			Assert.notNull(type, "Hook type must not be null");
			Assert.notNull(hook, "Hook must not be null");
			this.hooks.add(ModelHook.of(model, type, hook));
			return this;
		}

		/**
		 * Reads the models, calls every {@code associate}, freezes and validates, then logs the startup report.
		 * @return the engine
		 * @throws AssociationDefinitionException when a model or association cannot work
		 */
		public Associations build() {
			Factory factory = FactoryHolder.factory;
			if (factory == null) {
				throw new AssociationDefinitionException(
						"No " + Factory.class.getName() + " found: is association-core on the class path?");
			}
			return factory.build(new Settings(this.dataSource, this.jdbcOperations,
					this.transactionManager, this.dialect, this.dialectName, List.copyOf(this.models), List.copyOf(this.packages),
					this.classLoader, this.sqlLogging, this.observationRegistry, this.startupReport,
					List.copyOf(this.hooks)));
		}

	}

	/**
	 * The engine's factory, loaded once.
	 */
	private static final class FactoryHolder {

		static final @Nullable Factory factory = ServiceLoader.load(Factory.class, Associations.class.getClassLoader())
			.findFirst()
			.orElse(null);

	}

}
