package dev.association.autoconfigure.domain;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Makes this package the application's auto-configuration package, as {@code @SpringBootApplication} would.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class DomainConfiguration {

}
