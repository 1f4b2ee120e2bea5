package dev.association.autoconfigure.domain;

import dev.association.repository.domain.Author;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the package of the test models (in the core's test jar) the application's auto-configuration package, as
 * {@code @SpringBootApplication} on a class beside them would.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackageClasses = Author.class)
public class DomainConfiguration {

}
