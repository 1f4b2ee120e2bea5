package dev.association;

/**
 * A model or association definition that cannot work: thrown at startup (build of the engine, schema creation or
 * validation), never per query.
 */
public class AssociationDefinitionException extends AssociationException {

	private static final long serialVersionUID = 1L;

	public AssociationDefinitionException(String message) {
		super(message);
	}

	public AssociationDefinitionException(String message, Throwable cause) {
		super(message, cause);
	}

}
