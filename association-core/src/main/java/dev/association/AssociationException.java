package dev.association;

/**
 * Base of every exception the engine throws. Messages name the model, the alias or attribute, and what is
 * available.
 */
public class AssociationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AssociationException(String message) {
		super(message);
	}

	public AssociationException(String message, Throwable cause) {
		super(message, cause);
	}

}
