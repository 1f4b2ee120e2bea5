package dev.association.write;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

import dev.association.WriteException;
import dev.association.execution.EngineContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a write does when the database aborts it in a conflict with a concurrent transaction: a deadlock, a
 * serialization failure, a lock wait timeout, or any other failure Spring calls transient
 * ({@link TransientDataAccessException}: PostgreSQL's 40P01 and 40001 and MariaDB's deadlock are a
 * {@code PessimisticLockingFailureException}, H2's lock timeout a {@code QueryTimeoutException}). The database
 * has rolled the write's transaction back, so when the write ran in a transaction of its own it is run again, up to
 * the engine's retries (default {@value EngineContext#DEFAULT_WRITE_RETRIES}, 3 attempts in all); inside the caller's
 * transaction, which the database has aborted as a whole,
 * it is never retried. Either way the last conflict becomes a {@link WriteException} that names the operation and
 * says it is retryable, with Spring's exception as its cause. On a multi-primary cluster (Galera) a certification
 * conflict between two nodes is reported as a deadlock, often only when the transaction commits (Spring's transaction
 * manager then throws a {@link TransactionSystemException}), and is handled the same way. Each retry is logged at
 * DEBUG on this class. A lost connection is not a conflict, even when Spring calls it transient: whether the write
 * committed is unknown, so it is never run again here and its failure is thrown as it is.
 */
final class WriteConflicts {

	private static final Logger logger = LoggerFactory.getLogger(WriteConflicts.class);

	/** Attempts of one write that runs in its own transaction, the first included. */
	private final int attempts;

	/**
	 * Conflict handling with a number of retries.
	 * @param retries how many times a write that owns its transaction is run again; 0 for never
	 */
	WriteConflicts(int retries) {
		this.attempts = retries + 1;
	}

	/**
	 * Runs a write, again when the database aborts it in a conflict and it owns its transaction.
	 * @param <T> the result type
	 * @param operation what the write is, for the message: {@code "add to User.roles (belongsToMany Role)"}
	 * @param write the write
	 * @return its result
	 * @throws WriteException when the conflict persists, or the write is part of the caller's transaction
	 */
	<T> T retrying(String operation, Supplier<T> write) {
		boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (RuntimeException ex) {
				if (!isConflict(ex)) {
					throw ex;
				}
				if (!ownTransaction || attempt >= this.attempts) {
					throw conflict(operation, ex, ownTransaction, attempt);
				}
				logger.debug("Retrying {} after a conflict with a concurrent transaction (attempt {} of {}): {}",
						operation, attempt + 1, this.attempts, reason(ex));
			}
		}
	}

	/**
	 * Runs a write once, a conflict becoming the same {@link WriteException}: for writes that cannot be run again as
	 * they are (their instances already hold what a rolled-back attempt wrote into them).
	 */
	<T> T once(String operation, Supplier<T> write) {
		boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
		try {
			return write.get();
		}
		catch (RuntimeException ex) {
			if (!isConflict(ex)) {
				throw ex;
			}
			throw conflict(operation, ex, ownTransaction, 1);
		}
	}

	void retrying(String operation, Runnable write) {
		retrying(operation, () -> {
			write.run();
			return null;
		});
	}

	/**
	 * Whether a failure is the database aborting the transaction in a conflict: Spring's transient failures, and a
	 * failed commit whose SQLState is of class 40 (transaction rollback), as a Galera node reports a certification
	 * conflict found at commit ({@code Deadlock found}, 1213, 40001), which Spring's transaction manager wraps in a
	 * {@link TransactionSystemException} without translating it.
	 */
	static boolean isConflict(RuntimeException ex) {
		if (ex instanceof TransientDataAccessException) {
			return !connectionLost(ex);
		}
		if (ex instanceof TransactionSystemException && ex.getCause() instanceof SQLException sql) {
			return sql instanceof SQLTransactionRollbackException
					|| (sql.getSQLState() != null && sql.getSQLState().startsWith("40"));
		}
		return false;
	}

	/**
	 * Whether a transient failure is a lost connection (a driver that reconnected after a communications failure, as
	 * MariaDB Connector/J does when a cluster node dies, or a pool that gave no connection): the write's outcome is
	 * unknown, since its commit may have reached the database before the answer was lost, so it is not run again.
	 */
	private static boolean connectionLost(RuntimeException ex) {
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private static String reason(RuntimeException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	private static WriteException conflict(String operation, RuntimeException ex,
			boolean ownTransaction, int attempts) {
		String outcome = ownTransaction
				? "in " + attempts + ((attempts == 1) ? " attempt" : " attempts")
						+ "; it was rolled back and no row was changed. The conflict is transient and the operation is "
						+ "retryable: run it again."
				: "inside the caller's transaction, which the database aborted (it is not retried there). The "
						+ "conflict is transient and the transaction is retryable: run the whole transaction again.";
		return new WriteException("Cannot " + operation + ": the database aborted it in a conflict with a concurrent "
				+ "transaction (" + reason(ex) + ") " + outcome, ex);
	}

}
