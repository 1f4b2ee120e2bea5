package dev.association.execution;

import dev.association.Dialect;
import dev.association.metadata.Metamodel;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What every part of one engine shares: the metadata, the dialect, JDBC and transactions. Immutable.
 * @param metamodel the models and associations
 * @param dialect the database dialect
 * @param jdbc the JDBC operations (joining the caller's Spring transaction when there is one)
 * @param transactions the transaction manager that multi-row writes run in (in a savepoint inside an ongoing
 * transaction when it supports them)
 * @param sqlLogging whether every statement is logged at INFO on {@code dev.association.sql}
 */
public record EngineContext(Metamodel metamodel, Dialect dialect, JdbcOperations jdbc,
		PlatformTransactionManager transactions, boolean sqlLogging) {

}
