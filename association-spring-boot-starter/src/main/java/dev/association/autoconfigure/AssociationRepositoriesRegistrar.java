package dev.association.autoconfigure;

import java.lang.annotation.Annotation;
import java.util.List;

import dev.association.repository.config.AssociationRepositoryConfigurationExtension;
import dev.association.repository.config.EnableAssociationRepositories;

import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;
import org.springframework.data.util.Streamable;

/**
 * Registers the repository beans of the auto-configuration packages, or of {@code association.model-packages}
 * when it is set.
 */
class AssociationRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	private List<String> modelPackages = List.of();

	@Override
	public void setEnvironment(Environment environment) {
		super.setEnvironment(environment);
		this.modelPackages = Binder.get(environment)
			.bind("association.model-packages", String[].class)
			.map(List::of)
			.orElse(List.of());
	}

	@Override
	protected Streamable<String> getBasePackages() {
		return this.modelPackages.isEmpty() ? super.getBasePackages() : Streamable.of(this.modelPackages);
	}

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableAssociationRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableAssociationRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new AssociationRepositoryConfigurationExtension();
	}

	@EnableAssociationRepositories
	private static final class EnableAssociationRepositoriesConfiguration {

	}

}
