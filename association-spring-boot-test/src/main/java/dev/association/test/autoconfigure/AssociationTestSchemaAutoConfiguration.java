package dev.association.test.autoconfigure;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.autoconfigure.AssociationAutoConfiguration;
import dev.association.autoconfigure.AssociationProperties;
import dev.association.autoconfigure.AssociationSchemaInitializer;
import dev.association.autoconfigure.SchemaMode;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * The schema of an {@link AssociationTest @AssociationTest}: validated after Flyway when Flyway runs, else created
 * (the test database starts empty); {@code association.schema.mode} still decides when it is set. Runs before
 * {@link AssociationAutoConfiguration}, whose schema initializer then backs off.
 */
@AutoConfiguration(before = AssociationAutoConfiguration.class,
		afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass(Associations.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(AssociationProperties.class)
public final class AssociationTestSchemaAutoConfiguration {

	private static final String FLYWAY_CLASS = "org.flywaydb.core.Flyway";

	@Bean
	@ConditionalOnMissingBean
	AssociationSchemaInitializer associationSchemaInitializer(Associations associations,
			AssociationProperties properties, ListableBeanFactory beanFactory) {
		SchemaMode mode = properties.getSchema().getMode();
		if (mode == null) {
			mode = flywayMigrates(beanFactory) ? SchemaMode.VALIDATE : SchemaMode.CREATE;
		}
		return new AssociationSchemaInitializer(associations, mode);
	}

	private static boolean flywayMigrates(ListableBeanFactory beanFactory) {
		ClassLoader classLoader = AssociationTestSchemaAutoConfiguration.class.getClassLoader();
		if (!ClassUtils.isPresent(FLYWAY_CLASS, classLoader)) {
			return false;
		}
		Class<?> flyway = ClassUtils.resolveClassName(FLYWAY_CLASS, classLoader);
		return beanFactory.getBeanNamesForType(flyway, true, false).length > 0;
	}

}
