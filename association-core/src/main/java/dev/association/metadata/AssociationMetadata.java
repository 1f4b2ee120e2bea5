package dev.association.metadata;

import java.util.Map;

import dev.association.ReferentialAction;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * One resolved association: every option has its final value (defaults applied, pairs reconciled).
 */
public final class AssociationMetadata {

	private final AssociationKind kind;

	private final ModelMetadata source;

	private final ModelMetadata target;

	private final String alias;

	private final String singular;

	private final String plural;

	private final Attribute foreignKey;

	private final boolean foreignKeyAllowNull;

	private final Attribute sourceKey;

	private final Attribute targetKey;

	private final @Nullable JoinTable join;

	private final Map<String, Object> scope;

	private final @Nullable Where scopeCondition;

	private final boolean constraints;

	private final ReferentialAction onDelete;

	private final ReferentialAction onUpdate;

	private final boolean hooks;

	private final @Nullable FieldAccess field;

	private final @Nullable FieldAccess throughField;

	private @Nullable AssociationMetadata inverse;

	AssociationMetadata(AssociationKind kind, ModelMetadata source, ModelMetadata target, String alias,
			String singular, String plural, Attribute foreignKey, boolean foreignKeyAllowNull, Attribute sourceKey, Attribute targetKey,
			@Nullable JoinTable join, Map<String, Object> scope, @Nullable Where scopeCondition, boolean constraints, ReferentialAction onDelete,
			ReferentialAction onUpdate, boolean hooks, @Nullable FieldAccess field,
			@Nullable FieldAccess throughField) {
		this.kind = kind;
		this.source = source;
		this.target = target;
		this.alias = alias;
		this.singular = singular;
		this.plural = plural;
		this.foreignKey = foreignKey;
		this.foreignKeyAllowNull = foreignKeyAllowNull;
		this.sourceKey = sourceKey;
		this.targetKey = targetKey;
		this.join = join;
		this.scope = scope;
		this.scopeCondition = scopeCondition;
		this.constraints = constraints;
		this.onDelete = onDelete;
		this.onUpdate = onUpdate;
		this.hooks = hooks;
		this.field = field;
		this.throughField = throughField;
	}

	void inverse(AssociationMetadata inverse) {
		this.inverse = inverse;
	}

	/**
	 * The association type.
	 * @return the kind
	 */
	public AssociationKind kind() {
		return this.kind;
	}

	/**
	 * The model that declares the association.
	 * @return the source model
	 */
	public ModelMetadata source() {
		return this.source;
	}

	/**
	 * The associated model.
	 * @return the target model
	 */
	public ModelMetadata target() {
		return this.target;
	}

	/**
	 * The alias: association name, include name, accessor base.
	 * @return the alias
	 */
	public String alias() {
		return this.alias;
	}

	/**
	 * The singular form of the alias ({@code addPost}).
	 * @return the singular name
	 */
	public String singular() {
		return this.singular;
	}

	/**
	 * The plural form of the alias ({@code getPosts}).
	 * @return the plural name
	 */
	public String plural() {
		return this.plural;
	}

	/**
	 * The foreign-key attribute: on the source for belongsTo, on the target for hasOne/hasMany, on the join table
	 * (pointing at the source) for belongsToMany.
	 * @return the foreign key
	 */
	public Attribute foreignKey() {
		return this.foreignKey;
	}

	/**
	 * Whether the foreign-key column accepts null ({@code foreignKey(attr, false)} or a primitive/NOT NULL
	 * attribute makes it NOT NULL).
	 * @return true when the FK may be null
	 */
	public boolean foreignKeyAllowNull() {
		return this.foreignKeyAllowNull;
	}

	/**
	 * The model whose table holds {@link #foreignKey()}.
	 * @return the holder
	 */
	public ModelMetadata foreignKeyHolder() {
		return switch (this.kind) {
			case BELONGS_TO -> this.source;
			case HAS_ONE, HAS_MANY -> this.target;
			case BELONGS_TO_MANY -> joinTable().model();
		};
	}

	/**
	 * The source attribute that hasOne/hasMany/belongsToMany keys point at (the source's primary key by default);
	 * for belongsTo, the foreign key itself.
	 * @return the source key
	 */
	public Attribute sourceKey() {
		return this.sourceKey;
	}

	/**
	 * The target attribute that a belongsTo foreign key (or a belongsToMany other key) points at; for
	 * hasOne/hasMany, the foreign key itself.
	 * @return the target key
	 */
	public Attribute targetKey() {
		return this.targetKey;
	}

	/**
	 * The join table of a belongsToMany.
	 * @return the join table, or null for the other kinds
	 */
	public @Nullable JoinTable join() {
		return this.join;
	}

	/**
	 * The join table of a belongsToMany, or an error for the other kinds.
	 * @return the join table
	 */
	public JoinTable joinTable() {
		if (this.join == null) {
			throw new IllegalStateException(describe() + " has no join table");
		}
		return this.join;
	}

	/**
	 * Fixed target values ({@code scope}).
	 * @return attribute name to value
	 */
	public Map<String, Object> scope() {
		return this.scope;
	}

	/**
	 * The part of a condition scope ({@code scope(Where)}) that is not fixed values: read statements filter the
	 * targets by it besides {@link #scope()}; writes do not set it.
	 * @return the condition, or null
	 */
	public @Nullable Where scopeCondition() {
		return this.scopeCondition;
	}

	/**
	 * Whether the schema gets a FK constraint.
	 * @return true with constraints
	 */
	public boolean constraints() {
		return this.constraints;
	}

	/**
	 * The delete rule of the FK.
	 * @return the action
	 */
	public ReferentialAction onDelete() {
		return this.onDelete;
	}

	/**
	 * The update rule of the FK.
	 * @return the action
	 */
	public ReferentialAction onUpdate() {
		return this.onUpdate;
	}

	/**
	 * Whether a destroy of the source runs the children's hooks one by one.
	 * @return true with {@code hooks(true)}
	 */
	public boolean hooks() {
		return this.hooks;
	}

	/**
	 * The source's field named like the alias that receives included rows.
	 * @return the field, or null when the source has none
	 */
	public @Nullable FieldAccess field() {
		return this.field;
	}

	/**
	 * The target's field of the join model's type that receives the join row (belongsToMany through a model).
	 * @return the field, or null
	 */
	public @Nullable FieldAccess throughField() {
		return this.throughField;
	}

	/**
	 * The paired association on the target (User.posts and Post.author).
	 * @return the inverse, or null for a one-sided association
	 */
	public @Nullable AssociationMetadata inverse() {
		return this.inverse;
	}

	/**
	 * Whether this belongsToMany's onDelete/onUpdate also rule the join table's column pointing at the target. As in
	 * Sequelize, each side's rules govern the join-table foreign key that points at its own source, so only a
	 * one-sided belongsToMany rules both columns.
	 * @return true for a belongsToMany without an inverse
	 */
	public boolean rulesTheOtherKey() {
		return this.kind == AssociationKind.BELONGS_TO_MANY && this.inverse == null;
	}

	/**
	 * A short description for messages: {@code User.posts (hasMany Post)}.
	 * @return the description
	 */
	public String describe() {
		return this.source.name() + "." + this.alias + " (" + this.kind.label() + " " + this.target.name() + ")";
	}

	@Override
	public String toString() {
		return describe();
	}

}
