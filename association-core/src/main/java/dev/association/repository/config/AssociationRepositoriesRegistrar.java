package dev.association.repository.config;

import java.lang.annotation.Annotation;

import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the repository beans that {@link EnableAssociationRepositories} asks for.
 */
class AssociationRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableAssociationRepositories.class;
	}

	@Override
	protected RepositoryConfigurationExtension getExtension() {
		return new AssociationRepositoryConfigurationExtension();
	}

}
