package dev.association.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;

/**
 * Imports the auto-configurations of an {@link AssociationTest @AssociationTest}: JDBC (with Flyway when present),
 * the engine, its repositories and the test schema; use it to add them to another slice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureJdbc
@ImportAutoConfiguration
public @interface AutoConfigureAssociation {

}
