package dev.association;

import java.util.List;

/**
 * The database lacks tables or columns the models need; the message lists every mismatch.
 */
public class SchemaValidationException extends AssociationDefinitionException {

	private static final long serialVersionUID = 1L;

	private final List<String> mismatches;

	public SchemaValidationException(List<String> mismatches) {
		super("Schema validation found " + mismatches.size() + " mismatch" + (mismatches.size() == 1 ? "" : "es")
				+ " between the models and the database:\n - " + String.join("\n - ", mismatches));
		this.mismatches = List.copyOf(mismatches);
	}

	/**
	 * The mismatches, one line each.
	 * @return the mismatches
	 */
	public List<String> getMismatches() {
		return this.mismatches;
	}

}
