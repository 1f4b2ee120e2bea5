package dev.association.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.association.repository.factory.AssociationRepositoryFactoryBean;

import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.query.QueryLookupStrategy;

/**
 * Implements every interface extending {@code AssociationRepository} in the given packages as a bean. The Spring Boot
 * starter does this for the application's packages; use the annotation to choose other packages or outside Boot.
 * <pre>{@code
 * @Configuration
 * @EnableAssociationRepositories("com.example.repository")
 * class RepositoryConfiguration {
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(AssociationRepositoriesRegistrar.class)
public @interface EnableAssociationRepositories {

	/**
	 * Alias for {@link #basePackages()}.
	 * @return the base packages
	 */
	String[] value() default {};

	/**
	 * Packages to scan for repository interfaces.
	 * @return the base packages
	 */
	String[] basePackages() default {};

	/**
	 * Type-safe alternative to {@link #basePackages()}: the packages of these classes are scanned.
	 * @return the base package classes
	 */
	Class<?>[] basePackageClasses() default {};

	/**
	 * Types that are candidates for scanning.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Types that are not candidates for scanning.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * The postfix of custom implementation classes.
	 * @return the postfix
	 */
	String repositoryImplementationPostfix() default "Impl";

	/**
	 * Where named queries are (unused: association methods are derived from aliases).
	 * @return the location
	 */
	String namedQueriesLocation() default "";

	/**
	 * The query lookup strategy (every strategy resolves derived association methods).
	 * @return the key
	 */
	QueryLookupStrategy.Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

	/**
	 * The factory bean class of each repository.
	 * @return the factory bean class
	 */
	Class<?> repositoryFactoryBeanClass() default AssociationRepositoryFactoryBean.class;

	/**
	 * The base class of repository implementations (must have the constructor of
	 * {@code SimpleAssociationRepository}).
	 * @return the base class
	 */
	Class<?> repositoryBaseClass() default org.springframework.data.repository.config.DefaultRepositoryBaseClass.class;

	/**
	 * Whether nested repository interfaces are found.
	 * @return true to consider nested interfaces
	 */
	boolean considerNestedRepositories() default false;

	/**
	 * The name of the {@code Associations} bean; by default the single one in the context.
	 * @return the bean name, or empty
	 */
	String associationsRef() default "";

	/**
	 * When repositories are created.
	 * @return the bootstrap mode
	 */
	BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;

}
