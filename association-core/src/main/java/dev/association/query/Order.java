package dev.association.query;

/**
 * Sort direction of an {@code order} clause.
 */
public enum Order {

	/** Ascending. */
	ASC,

	/** Descending. */
	DESC

}
