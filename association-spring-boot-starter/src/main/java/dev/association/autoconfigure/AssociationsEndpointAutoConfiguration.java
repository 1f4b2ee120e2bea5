package dev.association.autoconfigure;

import dev.association.Associations;
import dev.association.actuate.AssociationsEndpoint;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link AssociationsEndpoint} ({@code /actuator/associations}) when the actuator is on the classpath,
 * the endpoint is available (its access allowed and exposed) and there is an engine.
 */
@AutoConfiguration(after = AssociationAutoConfiguration.class)
@ConditionalOnClass(
		name = "org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint")
public final class AssociationsEndpointAutoConfiguration {

	// nested, so that the actuator's condition is only read when the actuator is present
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnAvailableEndpoint(AssociationsEndpoint.class)
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(Associations.class)
		AssociationsEndpoint associationsEndpoint(Associations associations) {
			return new AssociationsEndpoint(associations);
		}

	}

}
