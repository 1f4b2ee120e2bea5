package dev.association.autoconfigure;

import dev.association.Associations;
import dev.association.repository.AssociationRepository;
import dev.association.repository.config.AssociationRepositoryConfigurationExtension;
import dev.association.repository.config.EnableAssociationRepositories;
import dev.association.repository.factory.AssociationRepositoryFactoryBean;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of repository beans: every interface extending {@link AssociationRepository} in the
 * application's packages (or {@code association.model-packages}) becomes a bean, as with
 * {@link EnableAssociationRepositories}. Backs off when the application uses {@link EnableAssociationRepositories}
 * itself.
 */
@AutoConfiguration(after = AssociationAutoConfiguration.class)
@ConditionalOnClass(AssociationRepository.class)
@ConditionalOnBean(Associations.class)
@ConditionalOnMissingBean({ AssociationRepositoryFactoryBean.class, AssociationRepositoryConfigurationExtension.class })
@Import(AssociationRepositoriesRegistrar.class)
public final class AssociationRepositoriesAutoConfiguration {

}
