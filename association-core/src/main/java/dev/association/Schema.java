package dev.association;

/**
 * The tables the models and associations need, on the engine's database.
 * <pre>{@code
 * associations.schema().create();          // tables in FK-dependency order, constraints, FK indexes
 * String script = associations.schema().ddl();  // the same, as a Flyway migration
 * }</pre>
 */
public interface Schema {

	/**
	 * Creates every missing table, in FK-dependency order, with FK constraints and an index on every FK column.
	 * @throws AssociationDefinitionException on a cycle of FK constraints
	 */
	void create();

	/**
	 * Drops every table of the models, dependants first.
	 */
	void drop();

	/**
	 * Checks that every table, column, join table and FK column exists.
	 * @throws SchemaValidationException listing every mismatch
	 */
	void validate();

	/**
	 * The statements {@link #create()} runs, as one SQL script (a Flyway migration).
	 * @return the script
	 */
	String ddl();

}
