package dev.association.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.env.Environment;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of the association engine and repositories, like {@code @DataJdbcTest}: only the engine, the repositories,
 * the {@code DataSource}, transactions, {@code JdbcTemplate} and Flyway (when it is present) are started, with the
 * application's {@code AssociationsBuilderCustomizer} components; no web or other components ({@code @Import} a
 * configuration that declares {@code ModelHook} beans to have them).
 * The {@code DataSource} is an embedded database unless {@code @AutoConfigureTestDatabase(replace = NONE)}; the
 * models' tables are created when no Flyway runs (and validated after Flyway when it does, unless
 * {@code association.schema.mode} says otherwise); each test runs in a transaction rolled back at its end.
 * <pre>{@code
 * @AssociationTest
 * class UserRepositoryTests {
 *
 *     @Autowired
 *     UserRepository users;
 *
 *     @Test
 *     void createsAUserWithItsProfile() { ... }
 *
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(AssociationTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(AssociationTypeExcludeFilter.class)
@Transactional
@AutoConfigureAssociation
@AutoConfigureTestDatabase
@ImportAutoConfiguration
public @interface AssociationTest {

	/**
	 * Properties in form {@literal key=value} that should be added to the Spring {@link Environment} before the
	 * test runs.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether default filtering should be used with {@link SpringBootApplication @SpringBootApplication}: by
	 * default only {@code AssociationsBuilderCustomizer} components are included.
	 * @return if default filters should be used
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Include filters that add otherwise filtered beans to the application context.
	 * @return include filters to apply
	 */
	Filter[] includeFilters() default {};

	/**
	 * Exclude filters that remove beans that would otherwise be added to the application context.
	 * @return exclude filters to apply
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration exclusions that should be applied for this test.
	 * @return auto-configuration exclusions to apply
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
