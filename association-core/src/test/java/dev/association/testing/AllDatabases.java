package dev.association.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test once per database: H2, PostgreSQL and MariaDB. The test method takes a {@link TestDatabase}.
 * <pre>{@code @AllDatabases void createsTheSeedSchema(TestDatabase db) { ... }}</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@MethodSource("dev.association.testing.TestDatabases#all")
public @interface AllDatabases {

}
