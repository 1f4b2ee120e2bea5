package dev.association.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test once per database, as {@link AllDatabases} does, and once more on the 3-node Galera cluster (through
 * a MariaDB Connector/J failover URL) when the clusters are expected ({@code ASSOCIATION_CLUSTERS=true}, as
 * {@code .ci/run} sets it).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@MethodSource("dev.association.testing.TestDatabases#allAndGalera")
public @interface AllDatabasesAndGalera {

}
