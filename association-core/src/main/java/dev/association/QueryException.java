package dev.association;

/**
 * A query or accessor call that does not fit the models: unknown alias or attribute, wrong value type, an option
 * that the association kind does not allow.
 */
public class QueryException extends AssociationException {

	private static final long serialVersionUID = 1L;

	public QueryException(String message) {
		super(message);
	}

	public QueryException(String message, Throwable cause) {
		super(message, cause);
	}

}
