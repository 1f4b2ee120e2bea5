package dev.association.autoconfigure;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.jackson.AssociationJacksonModule;
import tools.jackson.databind.JacksonModule;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link AssociationJacksonModule}: Spring Boot registers every {@link JacksonModule} bean
 * with the application's {@code JsonMapper}, so model instances serialise as Sequelize's {@code toJSON()} does.
 */
@AutoConfiguration(after = AssociationAutoConfiguration.class,
		beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({ Associations.class, JacksonModule.class })
@ConditionalOnSingleCandidate(Associations.class)
public final class AssociationJacksonAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AssociationJacksonModule associationJacksonModule(Associations associations) {
		return new AssociationJacksonModule(Engine.of(associations).metamodel());
	}

}
