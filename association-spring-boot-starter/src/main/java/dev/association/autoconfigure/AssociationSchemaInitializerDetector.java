package dev.association.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Makes the {@link AssociationSchemaInitializer} a database initializer that runs after Flyway (and Liquibase) and
 * before the {@code schema.sql}/{@code data.sql} scripts, like JPA's schema generation.
 */
class AssociationSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	/** After Flyway (1) and Liquibase (2), before script-based initialization (lowest precedence - 100). */
	static final int ORDER = 100;

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(AssociationSchemaInitializer.class);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
