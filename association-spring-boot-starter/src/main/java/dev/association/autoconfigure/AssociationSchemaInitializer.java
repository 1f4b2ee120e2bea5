package dev.association.autoconfigure;

import dev.association.Associations;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.Assert;

/**
 * Applies the {@link SchemaMode} to the engine's database: validates or creates the schema when the context starts,
 * drops it when the context closes ({@code create-drop}). It is a database initializer: it runs after Flyway, and
 * repositories and {@code JdbcTemplate} users wait for it.
 */
public class AssociationSchemaInitializer implements InitializingBean, DisposableBean {

	private final Associations associations;

	private final SchemaMode mode;

	/**
	 * Creates an initializer.
	 * @param associations the engine
	 * @param mode what to do
	 */
	public AssociationSchemaInitializer(Associations associations, SchemaMode mode) {
		Assert.notNull(associations, "Associations must not be null");
		Assert.notNull(mode, "SchemaMode must not be null");
		this.associations = associations;
		this.mode = mode;
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
	}

	@Override
	public void destroy() {
		if (this.mode == SchemaMode.CREATE_DROP) {
			this.associations.schema().drop();
		}
	}

}
