package dev.association.write;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Makes a multi-row write all or nothing. Outside a transaction it runs in a new one; inside the caller's Spring
 * transaction it runs in a savepoint ({@link TransactionDefinition#PROPAGATION_NESTED}), so that a failure rolls
 * back the write alone: the caller's earlier work stays, and on PostgreSQL its transaction stays usable. When the
 * transaction manager (or the JDBC driver) supports no savepoints, the write joins the caller's transaction instead,
 * and a failure marks that whole transaction rollback-only (logged once). A write started inside another (from a
 * hook) gets a savepoint of its own.
 */
final class WriteTransactions {

	private static final Logger logger = LoggerFactory.getLogger(WriteTransactions.class);

	private final EngineTransactions nested;

	private final EngineTransactions joining;

	private final AtomicBoolean warned = new AtomicBoolean();

	WriteTransactions(PlatformTransactionManager manager) {
		this.nested = new EngineTransactions(manager, TransactionDefinition.PROPAGATION_NESTED);
		this.joining = new EngineTransactions(manager, TransactionDefinition.PROPAGATION_REQUIRED);
	}

	/**
	 * Runs work atomically.
	 * @param <T> the result type
	 * @param work the statements
	 * @return the work's result
	 */
	<T> T atomically(Supplier<T> work) {
		AtomicBoolean started = new AtomicBoolean();
		try {
			return run(this.nested, work, started);
		}
		catch (NestedTransactionNotSupportedException ex) {
			if (started.get()) {
				throw ex;
			}
			if (this.warned.compareAndSet(false, true)) {
				logger.warn("The transaction manager cannot open a savepoint ({}): multi-row writes inside a "
						+ "transaction join it, and a failed write marks the whole transaction rollback-only",
						ex.getMessage());
			}
			return run(this.joining, work, started);
		}
	}

	private <T> T run(EngineTransactions transactions, Supplier<T> work, AtomicBoolean started) {
		return transactions.execute((status) -> {
			started.set(true);
			return work.get();
		});
	}

}
