package dev.association.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.ModelHook;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of the {@link Associations} engine on the context's {@link DataSource} and transaction manager:
 * scans the {@code @Model} classes of the application's packages (or {@code association.model-packages}), applies
 * {@code association.schema.mode} after Flyway, registers every {@link ModelHook} bean and applies every
 * {@link AssociationsBuilderCustomizer}. Backs off when the application defines its own {@link Associations} bean.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration" })
@ConditionalOnClass(Associations.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(AssociationProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class AssociationAutoConfiguration {

	private static final String FLYWAY_CLASS = "org.flywaydb.core.Flyway";

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Associations.class)
	AssociationSchemaInitializer associationSchemaInitializer(Associations associations,
			AssociationProperties properties, ListableBeanFactory beanFactory) {
		// the application's own engine logged its startup report when it was built
		return new AssociationSchemaInitializer(associations, schemaMode(properties, beanFactory), false);
	}

	static SchemaMode schemaMode(AssociationProperties properties, ListableBeanFactory beanFactory) {
		SchemaMode mode = properties.getSchema().getMode();
		if (mode == null) {
			mode = flywayMigrates(beanFactory) ? SchemaMode.VALIDATE : SchemaMode.NONE;
		}
		return mode;
	}

	/**
	 * The engine, unless the application defines one; its startup report waits for the schema initializer, which
	 * logs it with what schema validation checked.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Associations.class)
	static class EngineConfiguration {

		@Bean
		Associations associations(DataSource dataSource, ObjectProvider<PlatformTransactionManager> transactionManager,
				AssociationProperties properties, BeanFactory beanFactory, ResourceLoader resourceLoader,
				ObjectProvider<ModelHook<?>> hooks, ObjectProvider<AssociationsBuilderCustomizer> customizers,
				ObjectProvider<ObservationRegistry> observationRegistry) {
			Associations.Builder builder = Associations.builder()
				.dataSource(dataSource)
				.modelPackages(modelPackages(properties, beanFactory).toArray(String[]::new))
				.sqlLogging(properties.isSqlLogging())
				.startupReport(false);
			transactionManager.ifUnique(builder::transactionManager);
			observationRegistry.ifUnique(builder::observationRegistry);
			ClassLoader classLoader = resourceLoader.getClassLoader();
			if (classLoader != null) {
				builder.classLoader(classLoader);
			}
			String dialect = properties.getDialect();
			if (dialect != null && !dialect.isBlank()) {
				builder.dialect(dialect);
			}
			hooks.orderedStream().forEach(builder::hook);
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

		@Bean
		@ConditionalOnMissingBean
		AssociationSchemaInitializer associationSchemaInitializer(Associations associations,
				AssociationProperties properties, ListableBeanFactory beanFactory) {
			return new AssociationSchemaInitializer(associations, schemaMode(properties, beanFactory), true);
		}

	}

	/**
	 * The packages to scan: {@code association.model-packages}, else the auto-configuration packages.
	 * @param properties the properties
	 * @param beanFactory the bean factory
	 * @return the packages
	 */
	static List<String> modelPackages(AssociationProperties properties, BeanFactory beanFactory) {
		if (!properties.getModelPackages().isEmpty()) {
			return properties.getModelPackages();
		}
		if (!AutoConfigurationPackages.has(beanFactory)) {
			throw new IllegalStateException("association found no packages to scan for @Model classes: annotate the "
					+ "application with @SpringBootApplication (or @AutoConfigurationPackage), or set "
					+ "association.model-packages");
		}
		return AutoConfigurationPackages.get(beanFactory);
	}

	private static boolean flywayMigrates(ListableBeanFactory beanFactory) {
		ClassLoader classLoader = AssociationAutoConfiguration.class.getClassLoader();
		if (!ClassUtils.isPresent(FLYWAY_CLASS, classLoader)) {
			return false;
		}
		Class<?> flyway = ClassUtils.resolveClassName(FLYWAY_CLASS, classLoader);
		return beanFactory.getBeanNamesForType(flyway, true, false).length > 0;
	}

}
