package dev.association.sample.service;

/**
 * No row with the requested key: answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception for a missing row.
	 * @param model the model name
	 * @param id the key that was asked for
	 */
	public NotFoundException(String model, Object id) {
		super(model + " " + id + " does not exist");
	}

}
