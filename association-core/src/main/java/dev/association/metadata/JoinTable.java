package dev.association.metadata;

import java.util.Map;

/**
 * The join table of a belongsToMany: an engine-defined table ({@code through("user_roles")}) or a join model
 * ({@code through(UserProject.class)}).
 * @param model the join table's metadata (synthetic for an engine-defined table)
 * @param foreignKey the join attribute pointing at the source ({@code userId})
 * @param otherKey the join attribute pointing at the target ({@code roleId})
 * @param scope fixed join-row values ({@code throughScope}); a null value means IS NULL
 * @param unique whether a (source, target) pair may appear only once
 */
public record JoinTable(ModelMetadata model, Attribute foreignKey, Attribute otherKey, Map<String, Object> scope,
		boolean unique) {

	/**
	 * Whether the join table is a model of its own (with a class and possibly extra attributes).
	 * @return true for {@code through(Class)}
	 */
	public boolean isModel() {
		return !this.model.isSynthetic();
	}

}
