package dev.association;

import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * The options of one association, with Sequelize's defaults. Given to the consumer of
 * {@code registry.model(User.class).hasMany(Post.class, a -> a.as("posts").foreignKey("authorId"))}.
 */
public interface AssociationOptions {

	/**
	 * The alias: association name, include name and base of the accessor names.
	 * @param alias the alias, e.g. {@code "posts"}
	 * @return these options
	 */
	AssociationOptions as(String alias);

	/**
	 * The foreign-key attribute (a field of the model whose table holds the column).
	 * @param attribute the attribute name, e.g. {@code "authorId"}
	 * @return these options
	 */
	AssociationOptions foreignKey(String attribute);

	/**
	 * The foreign-key attribute and whether its column accepts null.
	 * @param attribute the attribute name
	 * @param allowNull false for a NOT NULL column (which makes CASCADE the onDelete default)
	 * @return these options
	 */
	AssociationOptions foreignKey(String attribute, boolean allowNull);

	/**
	 * The key on the source that a hasOne/hasMany foreign key points at (default: the source's primary key).
	 * @param attribute the source attribute
	 * @return these options
	 */
	AssociationOptions sourceKey(String attribute);

	/**
	 * The key on the target that a belongsTo foreign key points at (default: the target's primary key).
	 * @param attribute the target attribute
	 * @return these options
	 */
	AssociationOptions targetKey(String attribute);

	/**
	 * The join table of a belongsToMany, defined by the engine with the two key columns.
	 * @param table the join table name
	 * @return these options
	 */
	AssociationOptions through(String table);

	/**
	 * The join model of a belongsToMany, a model with extra attributes.
	 * @param joinModel the join model class
	 * @return these options
	 */
	AssociationOptions through(Class<?> joinModel);

	/**
	 * The join-table attribute pointing at the target of a belongsToMany (default {@code <target>Id}).
	 * @param attribute the attribute name
	 * @return these options
	 */
	AssociationOptions otherKey(String attribute);

	/**
	 * A fixed attribute value on the target rows: filters reads, and is written by create and add. Repeatable.
	 * @param attribute a target attribute
	 * @param value its value
	 * @return these options
	 */
	AssociationOptions scope(String attribute, @Nullable Object value);

	/**
	 * Any condition on the target rows as the association's scope: it filters every read (includes, accessors, path
	 * conditions), and add, create and set write the values of its {@code eq} atoms (those of its top-level
	 * {@code and}). Repeatable; the conditions are ANDed.
	 * <pre>{@code a.as("posts").scope(Where.and(Where.eq("kind", "blog"), Where.in("status", "draft", "live")))}</pre>
	 * @param condition a condition on the target's attributes
	 * @return these options
	 */
	AssociationOptions scope(Where condition);

	/**
	 * The alias as two words, for names English inflection gets wrong: the alias is {@code plural} for a to-many
	 * association and {@code singular} for a to-one, and accessor names come from both ({@code addChild},
	 * {@code getChildren}).
	 * @param singular the singular form
	 * @param plural the plural form
	 * @return these options
	 */
	AssociationOptions as(String singular, String plural);

	/**
	 * A fixed attribute value on the join rows of a belongsToMany; a null value filters {@code IS NULL}.
	 * @param attribute a join-model attribute
	 * @param value its value
	 * @return these options
	 */
	AssociationOptions throughScope(String attribute, @Nullable Object value);

	/**
	 * Whether a join model with its own primary key allows a (source, target) pair only once (default true).
	 * @param unique false to allow repeated pairs
	 * @return these options
	 */
	AssociationOptions throughUnique(boolean unique);

	/**
	 * Whether the schema gets a foreign-key constraint for this association (default true).
	 * @param constraints false to create no constraint, e.g. to break a cycle
	 * @return these options
	 */
	AssociationOptions constraints(boolean constraints);

	/**
	 * What happens to the rows holding the foreign key when the referenced row is deleted.
	 * @param action the referential action
	 * @return these options
	 */
	AssociationOptions onDelete(ReferentialAction action);

	/**
	 * What happens to the rows holding the foreign key when the referenced key is updated (default CASCADE).
	 * @param action the referential action
	 * @return these options
	 */
	AssociationOptions onUpdate(ReferentialAction action);

	/**
	 * With onDelete CASCADE on hasOne/hasMany: destroy the children one by one so their hooks run.
	 * @param hooks true to run the children's hooks
	 * @return these options
	 */
	AssociationOptions hooks(boolean hooks);

}
