package dev.association.autoconfigure;

import java.util.Set;

import dev.association.repository.factory.AssociationRepositoryFactoryBean;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes repository beans wait for database initialization: Flyway, then the schema mode.
 */
class AssociationRepositoriesDependsOnDatabaseInitializationDetector
		extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(AssociationRepositoryFactoryBean.class);
	}

}
