package dev.association;

/**
 * A write that the models or the database refuse: unlinking rows whose foreign key is NOT NULL, deleting a row that
 * a RESTRICT association still references, updating a row that does not exist, or a conflict with a concurrent
 * transaction (a deadlock, a serialization failure) that was not retried away, whose message says it is retryable
 * and whose cause is Spring's exception. The database is left as it was.
 */
public class WriteException extends AssociationException {

	private static final long serialVersionUID = 1L;

	public WriteException(String message) {
		super(message);
	}

	public WriteException(String message, Throwable cause) {
		super(message, cause);
	}

}
