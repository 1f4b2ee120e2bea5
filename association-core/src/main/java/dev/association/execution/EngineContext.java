package dev.association.execution;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Metamodel;
import dev.association.sql.TableNames;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.Assert;

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
 * @param readOnlyFinds whether finds and counts outside a read-write transaction run in a read-only transaction of
 * their own, which a routing {@code DataSource} sends to a read replica
 * @param writeRetries how many times a write that owns its transaction is run again after the database aborted it in
 * a conflict with a concurrent transaction
 */
public record EngineContext(Metamodel metamodel, SqlDialect dialect, JdbcOperations jdbc,
		PlatformTransactionManager transactions, boolean sqlLogging, ObservationRegistry observations,
		TableNames tables, boolean readOnlyFinds, int writeRetries) {

	/** Retries of a conflicting write that owns its transaction, unless configured: 3 attempts in all. */
	public static final int DEFAULT_WRITE_RETRIES = Associations.DEFAULT_WRITE_RETRIES;

	/**
	 * Checks the write retries.
	 */
	public EngineContext {
		Assert.isTrue(writeRetries >= 0, () -> "Write retries must be 0 or more; got " + writeRetries);
	}

	/**
	 * The context of an engine on one server, with the default write retries.
	 * @param metamodel the models and associations
	 * @param dialect the database dialect
	 * @param jdbc the JDBC operations
	 * @param transactions the transaction manager of multi-row writes
	 * @param sqlLogging whether every statement is logged
	 * @param observations the observation registry
	 * @param tables the quoted, schema-qualified table names
	 */
	public EngineContext(Metamodel metamodel, SqlDialect dialect, JdbcOperations jdbc,
			PlatformTransactionManager transactions, boolean sqlLogging, ObservationRegistry observations,
			TableNames tables) {
		this(metamodel, dialect, jdbc, transactions, sqlLogging, observations, tables, false, DEFAULT_WRITE_RETRIES);
	}

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

	/**
	 * The data source under the engine's JDBC operations when they are a {@link JdbcTemplate}: finds and streams then
	 * take their connection from it themselves (see {@link ReadOnlyFinds}, {@link HeldConnection}); null for other
	 * JDBC operations, which then run the statements.
	 * @return the data source, or null
	 */
	public @Nullable DataSource dataSource() {
		return (this.jdbc instanceof JdbcTemplate template) ? template.getDataSource() : null;
	}

}
