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

}
