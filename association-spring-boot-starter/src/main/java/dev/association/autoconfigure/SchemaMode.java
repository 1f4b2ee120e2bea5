package dev.association.autoconfigure;

/**
 * What the starter does with the tables the models need when the application starts ({@code association.schema.mode}).
 */
public enum SchemaMode {

	/** Nothing: the schema is someone else's business. The default without Flyway. */
	NONE,

	/**
	 * Checks, after Flyway has migrated, that every table, column, join table and FK column exists, and fails
	 * startup with one message listing every mismatch. The default with Flyway.
	 */
	VALIDATE,

	/** Creates the missing tables, constraints and FK indexes. */
	CREATE,

	/** Creates the missing tables at startup and drops the models' tables when the context closes. */
	CREATE_DROP

}
