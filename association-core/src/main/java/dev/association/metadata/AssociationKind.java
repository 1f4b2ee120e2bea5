package dev.association.metadata;

/**
 * The four association types.
 */
public enum AssociationKind {

	/** One-to-one, FK on the target. */
	HAS_ONE("hasOne", false),
	/** To-one, FK on the source. */
	BELONGS_TO("belongsTo", false),
	/** One-to-many, FK on the target. */
	HAS_MANY("hasMany", true),
	/** Many-to-many through a join table. */
	BELONGS_TO_MANY("belongsToMany", true);

	private final String label;

	private final boolean toMany;

	AssociationKind(String label, boolean toMany) {
		this.label = label;
		this.toMany = toMany;
	}

	/**
	 * Sequelize's name of the type.
	 * @return e.g. {@code hasMany}
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the association holds a list of targets.
	 * @return true for hasMany and belongsToMany
	 */
	public boolean isToMany() {
		return this.toMany;
	}

}
