package dev.association.write;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs multi-statement writes in a transaction of a given propagation, as a {@code TransactionTemplate} does, except
 * that when the rollback fails too (the
 * connection is dead: killed, or lost with the network) the write's own failure is thrown, naming the operation and
 * its statement, with the rollback's failure added as suppressed; a {@code TransactionTemplate} would throw the
 * rollback's failure instead. The database rolls back what a dead connection left uncommitted.
 */
final class EngineTransactions implements TransactionOperations {

	private final PlatformTransactionManager manager;

	private final TransactionDefinition definition;

	/**
	 * Transactions of a transaction manager.
	 * @param manager the transaction manager
	 * @param propagation a {@link TransactionDefinition} propagation behaviour, e.g.
	 * {@link TransactionDefinition#PROPAGATION_NESTED}
	 */
	EngineTransactions(PlatformTransactionManager manager, int propagation) {
		this.manager = manager;
		this.definition = new DefaultTransactionDefinition(propagation);
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
		TransactionStatus status = this.manager.getTransaction(this.definition);
		T result;
		try {
			result = action.doInTransaction(status);
		}
		catch (RuntimeException | Error ex) {
			rollback(status, ex);
			throw ex;
		}
		this.manager.commit(status);
		return result;
	}

	private void rollback(TransactionStatus status, Throwable failure) {
		try {
			this.manager.rollback(status);
		}
		catch (RuntimeException | Error rollbackFailure) {
			failure.addSuppressed(rollbackFailure);
		}
	}

}
