package dev.association.autoconfigure;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.report.StartupReport;
import dev.association.schema.SchemaChecks;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.Assert;

/**
 * Applies the {@link SchemaMode} to the engine's database: validates or creates the schema when the context starts,
 * drops it when the context closes ({@code create-drop}). It is a database initializer: it runs after Flyway, and
 * repositories and {@code JdbcTemplate} users wait for it. For the engine the starter builds, it then logs the
 * engine's startup report, with what validation checked.
 */
public class AssociationSchemaInitializer implements InitializingBean, DisposableBean {

	private final Associations associations;

	private final SchemaMode mode;

	private final boolean startupReport;

	/**
	 * Creates an initializer.
	 * @param associations the engine
	 * @param mode what to do
	 */
	public AssociationSchemaInitializer(Associations associations, SchemaMode mode) {
		this(associations, mode, false);
	}

	/**
	 * Creates an initializer that also logs the engine's startup report once the mode is applied (for an engine
	 * built with {@code startupReport(false)}), with what validation checked when the mode is {@code validate}.
	 * @param associations the engine
	 * @param mode what to do
	 * @param startupReport whether to log the startup report
	 */
	public AssociationSchemaInitializer(Associations associations, SchemaMode mode, boolean startupReport) {
		Assert.notNull(associations, "Associations must not be null");
		Assert.notNull(mode, "SchemaMode must not be null");
		this.associations = associations;
		this.mode = mode;
		this.startupReport = startupReport;
	}

	/**
	 * The mode this initializer applies.
	 * @return the mode
	 */
	public SchemaMode getMode() {
		return this.mode;
	}

	@Override
	public void afterPropertiesSet() {
		switch (this.mode) {
			case VALIDATE -> this.associations.schema().validate();
			case CREATE, CREATE_DROP -> this.associations.schema().create();
			case NONE -> {
			}
		}
		if (this.startupReport) {
			SchemaChecks checks = (this.mode == SchemaMode.VALIDATE) ? SchemaChecks.of(Engine.of(this.associations).metamodel())
					: null;
			StartupReport.log(Engine.of(this.associations).metamodel(), this.associations.dialect().name(), checks);
		}
	}

	@Override
	public void destroy() {
		if (this.mode == SchemaMode.CREATE_DROP) {
			this.associations.schema().drop();
		}
	}

}
