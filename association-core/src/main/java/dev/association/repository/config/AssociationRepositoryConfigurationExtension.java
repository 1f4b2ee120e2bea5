package dev.association.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import dev.association.annotation.Model;
import dev.association.repository.AssociationRepository;
import dev.association.repository.factory.AssociationRepositoryFactoryBean;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.util.StringUtils;

/**
 * The association module's part of Spring Data's repository configuration: repository interfaces extend
 * {@link AssociationRepository} or manage a {@link Model}, and each becomes an
 * {@link AssociationRepositoryFactoryBean}.
 */
public class AssociationRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	@Override
	public String getModuleName() {
		return "Association";
	}

	@Override
	protected String getModulePrefix() {
		return "association";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return AssociationRepositoryFactoryBean.class.getName();
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(Model.class);
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(AssociationRepository.class);
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
		String associationsRef = config.getAttributes().getString("associationsRef");
		if (StringUtils.hasText(associationsRef)) {
			builder.addPropertyReference("associations", associationsRef);
		}
	}

}
