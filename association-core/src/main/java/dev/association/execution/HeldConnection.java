package dev.association.execution;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one connection a stream's statements run on, taken on its first batch and given back when it is closed. It
 * is taken through {@link DataSourceUtils}, so inside a Spring transaction it is the transaction's connection (the
 * stream joins the transaction, and closing it leaves the connection to the transaction). JDBC operations that are
 * not a {@link JdbcTemplate} on a {@link DataSource} give no connection to hold: each batch then runs through them,
 * as a find does. When the engine routes reads ({@link EngineContext#readOnlyFinds()}) and no transaction is active,
 * the connection is marked read-only before its first statement, so that Spring's
 * {@code LazyConnectionDataSourceProxy} takes it from its read-only (replica) {@code DataSource}, as a find's own
 * read-only transaction does.
 */
final class HeldConnection implements AutoCloseable {

	private final JdbcOperations jdbc;

	private final @Nullable DataSource dataSource;

	private final StatementFailures failures;

	private final boolean routeReads;

	private @Nullable Connection connection;

	private boolean markedReadOnly;

	private boolean closed;

	HeldConnection(EngineContext context) {
		this.jdbc = context.jdbc();
		this.routeReads = context.readOnlyFinds();
		this.dataSource = context.dataSource();
		this.failures = new StatementFailures(this.jdbc);
	}

	/**
	 * Runs work on the held connection, taking it first if needed.
	 */
	<V> V run(ConnectionCallback<V> work) {
		if (this.closed) {
			throw new IllegalStateException("The stream is closed");
		}
		DataSource source = this.dataSource;
		if (source == null) {
			V result = this.jdbc.execute(work);
			if (result == null) {
				throw new IllegalStateException("No result");
			}
			return result;
		}
		try {
			Connection held = this.connection;
			if (held == null) {
				held = DataSourceUtils.getConnection(source);
				this.connection = held;
				if (this.routeReads && !TransactionSynchronizationManager.isActualTransactionActive()) {
					held.setReadOnly(true);
					this.markedReadOnly = true;
				}
			}
			return work.doInConnection(held);
		}
		catch (SQLException ex) {
			throw this.failures.translate(null, ex);
		}
	}

	/**
	 * Whether a connection is held now.
	 */
	boolean holding() {
		return this.connection != null;
	}

	/**
	 * Gives the connection back (to the pool, or to the transaction it belongs to). Idempotent.
	 */
	@Override
	public void close() {
		this.closed = true;
		Connection held = this.connection;
		this.connection = null;
		if (held != null) {
			if (this.markedReadOnly) {
				resetReadOnly(held);
			}
			DataSourceUtils.releaseConnection(held, this.dataSource);
		}
	}

	private static void resetReadOnly(Connection held) {
		try {
			held.setReadOnly(false);
		}
		catch (SQLException ex) {
			// the pool resets a connection it gets back in a changed state, or drops a broken one
		}
	}

}
