package dev.association.execution;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.Metamodel;
import dev.association.sql.TableNames;
import io.micrometer.observation.ObservationRegistry;
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
 * @param observations the registry of the engine's Micrometer observations ({@link ObservationRegistry#NOOP} for none)
 * @param tables the quoted, schema-qualified table names, computed once
 */
public record EngineContext(Metamodel metamodel, SqlDialect dialect, JdbcOperations jdbc,
		PlatformTransactionManager transactions, boolean sqlLogging, ObservationRegistry observations,
		TableNames tables) {

	/**
	 * The context of an engine, its table names computed from the metamodel in the dialect's quoting.
	 * @param metamodel the models and associations
	 * @param dialect the database dialect
	 * @param jdbc the JDBC operations
	 * @param transactions the transaction manager of multi-row writes
	 * @param sqlLogging whether every statement is logged
	 */
	public EngineContext(Metamodel metamodel, SqlDialect dialect, JdbcOperations jdbc, PlatformTransactionManager transactions,
			boolean sqlLogging) {
		this(metamodel, dialect, jdbc, transactions, sqlLogging, ObservationRegistry.NOOP);
	}

	/**
	 * The context of an engine with observations, its table names computed from the metamodel.
	 * @param metamodel the models and associations
	 * @param dialect the database dialect
	 * @param jdbc the JDBC operations
	 * @param transactions the transaction manager of multi-row writes
	 * @param sqlLogging whether every statement is logged
	 * @param observations the observation registry
	 */
	public EngineContext(Metamodel metamodel, SqlDialect dialect, JdbcOperations jdbc, PlatformTransactionManager transactions,
			boolean sqlLogging, ObservationRegistry observations) {
		this(metamodel, dialect, jdbc, transactions, sqlLogging, observations, new TableNames(metamodel, dialect));
	}

}
