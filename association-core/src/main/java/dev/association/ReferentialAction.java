package dev.association;

/**
 * What the database does with referencing rows when the referenced row is deleted or its key updated.
 */
public enum ReferentialAction {

	/** Delete (or update) the referencing rows too. */
	CASCADE("CASCADE"),

	/** Set the foreign key of the referencing rows to null. */
	SET_NULL("SET NULL"),

	/** Refuse the delete (or update) while referencing rows exist. */
	RESTRICT("RESTRICT"),

	/** Like RESTRICT, checked at the end of the statement. */
	NO_ACTION("NO ACTION");

	private final String sql;

	ReferentialAction(String sql) {
		this.sql = sql;
	}

	/**
	 * The SQL spelling, as in {@code ON DELETE SET NULL}.
	 * @return the SQL keywords of this action
	 */
	public String sql() {
		return this.sql;
	}

}
