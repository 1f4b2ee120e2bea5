package dev.association.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The join table of a belongsToMany: an engine-defined table ({@code through("user_roles")}) or a join model
 * ({@code through(UserProject.class)}).
 * <p>
 * The through scope means two things, per attribute. An attribute with a non-null value is a <em>discriminator</em>
 * ({@code throughScope("taggableType", "post")}): a join row with any other value belongs to another association
 * sharing the table (or to none), and this association never reads, updates or deletes it. An attribute with a null
 * value is a <em>state</em> ({@code throughScope("deletedAt", null)}): a row of this association whose state is not
 * null is the same link, out of scope (soft-deleted); reads skip it, and {@code add} brings it back rather than
 * inserting a second row. A link is identified by {@link #linkKey()}: the two keys and the discriminators.
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

	/**
	 * The scope attributes with a non-null value: which of the table's rows are this association's at all.
	 * @return attribute name to value, in definition order
	 */
	public Map<String, Object> discriminator() {
		Map<String, Object> discriminator = new LinkedHashMap<>();
		this.scope.forEach((name, value) -> {
			if (value != null) {
				discriminator.put(name, value);
			}
		});
		return discriminator;
	}

	/**
	 * The attributes that identify one link: the foreign key, the other key, then the discriminator attributes. The
	 * join table's unique key (or primary key) covers them, so that associations sharing the table can each link
	 * the same pair.
	 * @return the attributes
	 */
	public List<Attribute> linkKey() {
		List<Attribute> key = new ArrayList<>(List.of(this.foreignKey, this.otherKey));
		for (String name : discriminator().keySet()) {
			Attribute attribute = this.model.attribute(name);
			if (!key.contains(attribute)) {
				key.add(attribute);
			}
		}
		return key;
	}

}
