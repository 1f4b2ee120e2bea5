package dev.association.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code association.*} properties.
 * <pre>
 * association:
 *   model-packages: com.example.model
 *   schema:
 *     mode: validate
 *   dialect: postgresql
 *   sql-logging: true
 *   query-cache-size: 256
 *   write:
 *     retries: 2
 *   replica:
 *     url: jdbc:postgresql://replica:5432/app
 *     fallback: false
 *     hikari:
 *       maximum-pool-size: 10
 * </pre>
 */
@ConfigurationProperties("association")
public class AssociationProperties {

	/**
	 * Packages to scan for @Model classes and repository interfaces (sub-packages included). Default: the
	 * application's auto-configuration packages (the package of the @SpringBootApplication class).
	 */
	private List<String> modelPackages = new ArrayList<>();

	/**
	 * Database dialect: h2, postgresql, mariadb or mysql. Default: detected from the DataSource's connection.
	 */
	private @Nullable String dialect;

	/**
	 * Whether to log every statement the engine runs, at INFO on the 'dev.association.sql' logger.
	 */
	private boolean sqlLogging;

	/**
	 * Number of query shapes whose compiled statements are kept (least recently used evicted); 0 compiles every
	 * find.
	 */
	private int queryCacheSize = 256;

	private final Schema schema = new Schema();

	private final Write write = new Write();

	private final Replica replica = new Replica();

	public List<String> getModelPackages() {
		return this.modelPackages;
	}

	public void setModelPackages(List<String> modelPackages) {
		this.modelPackages = modelPackages;
	}

	public @Nullable String getDialect() {
		return this.dialect;
	}

	public void setDialect(@Nullable String dialect) {
		this.dialect = dialect;
	}

	public boolean isSqlLogging() {
		return this.sqlLogging;
	}

	public void setSqlLogging(boolean sqlLogging) {
		this.sqlLogging = sqlLogging;
	}

	public int getQueryCacheSize() {
		return this.queryCacheSize;
	}

	public void setQueryCacheSize(int queryCacheSize) {
		this.queryCacheSize = queryCacheSize;
	}

	public Schema getSchema() {
		return this.schema;
	}

	public Write getWrite() {
		return this.write;
	}

	public Replica getReplica() {
		return this.replica;
	}

	/**
	 * The {@code association.schema.*} properties.
	 */
	public static class Schema {

		/**
		 * What to do with the tables the models need at startup. Default: validate when Flyway migrates the
		 * database, none otherwise.
		 */
		private @Nullable SchemaMode mode;

		public @Nullable SchemaMode getMode() {
			return this.mode;
		}

		public void setMode(@Nullable SchemaMode mode) {
			this.mode = mode;
		}

	}

	/**
	 * The {@code association.write.*} properties.
	 */
	public static class Write {

		/**
		 * How many times a write that runs in a transaction of its own is run again after the database aborted it in
		 * a conflict with a concurrent transaction (deadlock, serialization failure, lock wait timeout, Galera
		 * certification conflict). 0 never retries; a write inside the caller's transaction is never retried.
		 */
		private int retries = 2;

		public int getRetries() {
			return this.retries;
		}

		public void setRetries(int retries) {
			this.retries = retries;
		}

	}

	/**
	 * The {@code association.replica.*} properties: a read replica that reads outside read-write transactions run
	 * on. Its pool is a HikariCP pool, tuned with {@code association.replica.hikari.*} (any HikariCP setting, e.g.
	 * {@code maximum-pool-size}, {@code connection-timeout}).
	 */
	public static class Replica {

		/**
		 * JDBC URL of the read replica. When set, the DataSource becomes Spring's LazyConnectionDataSourceProxy with
		 * the replica as its read-only DataSource, and finds, counts and accessor reads outside a read-write
		 * transaction run on the replica.
		 */
		private @Nullable String url;

		/**
		 * Login user of the replica. Default: spring.datasource.username.
		 */
		private @Nullable String username;

		/**
		 * Login password of the replica. Default: spring.datasource.password.
		 */
		private @Nullable String password;

		/**
		 * Whether reads run on the primary while the replica gives no connection, instead of failing.
		 */
		private boolean fallback;

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public boolean isFallback() {
			return this.fallback;
		}

		public void setFallback(boolean fallback) {
			this.fallback = fallback;
		}

	}

}
