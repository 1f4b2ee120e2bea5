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
