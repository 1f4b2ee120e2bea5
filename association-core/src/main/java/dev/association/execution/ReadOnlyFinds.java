package dev.association.execution;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs all statements of one find on one connection. When the engine routes reads
 * ({@link EngineContext#readOnlyFinds()}) and no transaction is active on the calling thread, that connection is the
 * one of a read-only transaction of the find's own: Spring's {@code LazyConnectionDataSourceProxy} with a read-only
 * {@code DataSource} (or any routing {@code DataSource} that follows
 * {@link TransactionSynchronizationManager#isCurrentTransactionReadOnly()}) takes it from the replica. Inside the
 * caller's transaction the find joins it: a read-only one reads from the replica, a read-write one from the primary,
 * so a transaction reads its own writes.
 */
final class ReadOnlyFinds {

	private final JdbcOperations jdbc;

	private final @Nullable DataSource dataSource;

	private final StatementFailures failures;

	private final @Nullable PlatformTransactionManager transactions;

	private final TransactionDefinition readOnly;

	ReadOnlyFinds(EngineContext context) {
		this.jdbc = context.jdbc();
		this.dataSource = context.dataSource();
		this.failures = new StatementFailures(this.jdbc);
		this.transactions = context.readOnlyFinds() ? context.transactions() : null;
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
				TransactionDefinition.PROPAGATION_REQUIRED);
		definition.setReadOnly(true);
		definition.setName("association find");
		this.readOnly = definition;
	}

	/**
	 * Runs a find's statements on one connection.
	 * @param <V> the result type
	 * @param callback the statements
	 * @return the callback's result
	 */
	<V> @Nullable V run(ConnectionCallback<V> callback) {
		PlatformTransactionManager manager = this.transactions;
		if (manager == null || TransactionSynchronizationManager.isActualTransactionActive()) {
			return execute(callback);
		}
		TransactionStatus status = manager.getTransaction(this.readOnly);
		V result;
		try {
			result = execute(callback);
		}
		catch (RuntimeException | Error ex) {
			try {
				manager.rollback(status);
			}
			catch (RuntimeException | Error rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			throw ex;
		}
		manager.commit(status);
		return result;
	}

	/**
	 * Runs the statements on a connection of the engine's data source, taken and given back through
	 * {@link DataSourceUtils} as {@link JdbcTemplate#execute(ConnectionCallback)} does (the transaction's connection
	 * inside a transaction), without the close-suppressing proxy it wraps around each connection: a find never closes
	 * its connection. Other JDBC operations run the statements themselves.
	 */
	private <V> @Nullable V execute(ConnectionCallback<V> callback) {
		DataSource source = this.dataSource;
		if (source == null) {
			return this.jdbc.execute(callback);
		}
		Connection connection = DataSourceUtils.getConnection(source);
		try {
			return callback.doInConnection(connection);
		}
		catch (SQLException ex) {
			throw this.failures.translate(null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, source);
		}
	}

}
