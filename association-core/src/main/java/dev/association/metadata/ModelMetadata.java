package dev.association.metadata;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.association.AssociationException;
import dev.association.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * Everything known about one model (or one engine-defined join table): table, attributes, key, timestamps,
 * associations. Built once at startup and immutable once the engine is built.
 */
public final class ModelMetadata {

	private final @Nullable Class<?> type;

	private final String name;

	private final String schema;

	private final String table;

	private final List<Attribute> attributes;

	private final Map<String, Attribute> attributesByName;

	private final @Nullable Attribute id;

	private final @Nullable Attribute createdAt;

	private final @Nullable Attribute updatedAt;

	private final @Nullable Attribute deletedAt;

	private final @Nullable MethodHandle constructor;

	// the same constructor for newInstance, through core reflection (see FieldAccess)
	private final @Nullable Constructor<?> reflectiveConstructor;

	private final Map<String, FieldAccess> otherFields;

	private Map<String, AssociationMetadata> associations = new LinkedHashMap<>();

	private ModelHooks hooks = ModelHooks.NONE;

	ModelMetadata(@Nullable Class<?> type, String name, String schema, String table, List<Attribute> attributes,
			@Nullable MethodHandle constructor, Map<String, FieldAccess> otherFields) {
		this(type, name, schema, table, attributes, constructor, otherFields, false);
	}

	ModelMetadata(@Nullable Class<?> type, String name, String schema, String table, List<Attribute> attributes,
			@Nullable MethodHandle constructor, Map<String, FieldAccess> otherFields, boolean paranoid) {
		this.type = type;
		this.name = name;
		this.schema = schema;
		this.table = table;
		this.attributes = List.copyOf(attributes);
		this.attributesByName = Collections.unmodifiableMap(
				attributes.stream().collect(Collectors.toMap(Attribute::name, a -> a, (a, b) -> a, LinkedHashMap::new)));
		this.id = attributes.stream().filter(Attribute::isId).findFirst().orElse(null);
		this.createdAt = timestamp("createdAt");
		this.updatedAt = timestamp("updatedAt");
		this.deletedAt = paranoid ? timestamp("deletedAt") : null;
		this.constructor = constructor;
		this.reflectiveConstructor = (type != null && constructor != null) ? accessibleConstructor(type) : null;
		this.otherFields = Map.copyOf(otherFields);
	}

	/**
	 * The no-arg constructor made accessible, or null when it cannot be (the method handle serves then).
	 */
	private static @Nullable Constructor<?> accessibleConstructor(Class<?> type) {
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor;
		}
		catch (NoSuchMethodException | RuntimeException ex) {
			return null;
		}
	}

	private @Nullable Attribute timestamp(String attribute) {
		Attribute candidate = this.attributesByName.get(attribute);
		return (candidate != null && (candidate.valueType() == ValueType.INSTANT
				|| candidate.valueType() == ValueType.LOCAL_DATE_TIME
				|| candidate.valueType() == ValueType.OFFSET_DATE_TIME)) ? candidate : null;
	}

	void addAssociation(AssociationMetadata association) {
		this.associations.put(association.alias(), association);
	}

	void hooks(ModelHooks hooks) {
		this.hooks = hooks;
	}

	void freeze() {
		this.associations = Collections.unmodifiableMap(this.associations);
	}

	/**
	 * The model class.
	 * @return the class, or null for an engine-defined join table
	 */
	public @Nullable Class<?> type() {
		return this.type;
	}

	/**
	 * The model name (the class's simple name; the table name for an engine-defined join table).
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The table name, unquoted.
	 * @return the table
	 */
	public String table() {
		return this.table;
	}

	/**
	 * The schema of the table, unquoted: {@code @Model(schema = ...)}, or for an engine-defined join table the
	 * schema of the model whose association defines it.
	 * @return the schema, empty for the connection's current schema
	 */
	public String schema() {
		return this.schema;
	}

	/**
	 * The table name as messages show it, unquoted: {@code billing.invoices} in a schema, {@code invoices} in the
	 * current one.
	 * @return the qualified name
	 */
	public String qualifiedTable() {
		return this.schema.isEmpty() ? this.table : this.schema + "." + this.table;
	}

	/**
	 * Whether this is a join table defined by {@code through("name")}, with no class.
	 * @return true for an engine-defined join table
	 */
	public boolean isSynthetic() {
		return this.type == null;
	}

	/**
	 * The attributes, in field declaration order.
	 * @return the attributes
	 */
	public List<Attribute> attributes() {
		return this.attributes;
	}

	/**
	 * An attribute by name.
	 * @param name the attribute name
	 * @return the attribute, or null
	 */
	public @Nullable Attribute findAttribute(String name) {
		return this.attributesByName.get(name);
	}

	/**
	 * An attribute by name, or a {@link QueryException} listing the attributes.
	 * @param name the attribute name
	 * @return the attribute
	 */
	public Attribute attribute(String name) {
		Attribute attribute = this.attributesByName.get(name);
		if (attribute == null) {
			throw new QueryException(this.name + " has no attribute '" + PlainIdentifier.printable(name)
					+ "'. Attributes of " + this.name + ": "
					+ String.join(", ", this.attributesByName.keySet()) + ".");
		}
		return attribute;
	}

	/**
	 * The primary key.
	 * @return the key attribute, or null for a join table keyed by its two foreign keys
	 */
	public @Nullable Attribute id() {
		return this.id;
	}

	/**
	 * The primary key, or a {@link QueryException} when the model has none.
	 * @return the key attribute
	 */
	public Attribute requireId() {
		if (this.id == null) {
			throw new QueryException(this.name + " has no @Id attribute; it is keyed by its foreign keys only.");
		}
		return this.id;
	}

	/**
	 * The {@code createdAt} attribute, set by the engine on insert.
	 * @return the attribute, or null
	 */
	public @Nullable Attribute createdAt() {
		return this.createdAt;
	}

	/**
	 * The {@code updatedAt} attribute, set by the engine on insert and update.
	 * @return the attribute, or null
	 */
	public @Nullable Attribute updatedAt() {
		return this.updatedAt;
	}

	/**
	 * The {@code deletedAt} attribute of a paranoid model ({@code @Model(paranoid = true)}): set by a soft
	 * delete, and reads skip the rows where it is not null.
	 * @return the attribute, or null when the model is not paranoid
	 */
	public @Nullable Attribute deletedAt() {
		return this.deletedAt;
	}

	/**
	 * Whether the model is paranoid: {@code destroy} soft-deletes its rows and reads skip them.
	 * @return true for {@code @Model(paranoid = true)}
	 */
	public boolean isParanoid() {
		return this.deletedAt != null;
	}

	/**
	 * The {@code deletedAt} attribute of a paranoid model, or a {@link QueryException} naming the operation.
	 * @param operation what needs it, for the message ({@code restore})
	 * @return the attribute
	 */
	public Attribute requireDeletedAt(String operation) {
		if (this.deletedAt == null) {
			throw new QueryException("Cannot " + operation + " " + this.name + ": it is not paranoid, so its rows are "
					+ "never soft-deleted. Mark it @Model(paranoid = true) and give it a deletedAt attribute.");
		}
		return this.deletedAt;
	}

	/**
	 * A non-attribute field (association fields, join-model fields) by name.
	 * @param name the field name
	 * @return the access, or null
	 */
	public @Nullable FieldAccess field(String name) {
		return this.otherFields.get(name);
	}

	/**
	 * The non-attribute fields, by name.
	 * @return the fields
	 */
	public Map<String, FieldAccess> fields() {
		return this.otherFields;
	}

	/**
	 * The lifecycle hooks of this model.
	 * @return the hooks, {@link ModelHooks#NONE} when there are none
	 */
	public ModelHooks hooks() {
		return this.hooks;
	}

	/**
	 * The associations whose source is this model, in definition order.
	 * @return the associations by alias
	 */
	public Map<String, AssociationMetadata> associations() {
		return this.associations;
	}

	/**
	 * An association by alias, or a {@link QueryException} listing the aliases.
	 * @param alias the alias
	 * @return the association
	 */
	public AssociationMetadata association(String alias) {
		AssociationMetadata association = this.associations.get(alias);
		if (association == null) {
			throw new QueryException(this.name + " has no association '" + PlainIdentifier.printable(alias)
					+ "'. Associations of " + this.name
					+ ": " + (this.associations.isEmpty() ? "(none)" : String.join(", ", this.associations.keySet()))
					+ ".");
		}
		return association;
	}

	/**
	 * The no-arg constructor, typed {@code () Object}, for a compiled query's row readers; null for a join table
	 * with no model class.
	 * @return the constructor, or null
	 */
	public @Nullable MethodHandle constructor() {
		return this.constructor;
	}

	/**
	 * A new, empty instance (through the no-arg constructor).
	 * @return the instance
	 */
	public Object newInstance() {
		if (this.constructor == null) {
			throw new AssociationException(this.name + " is a join table with no model class");
		}
		try {
			Constructor<?> reflective = this.reflectiveConstructor;
			return (reflective != null) ? reflective.newInstance() : (Object) this.constructor.invokeExact();
		}
		catch (InvocationTargetException ex) {
			throw new AssociationException("Cannot create an instance of " + this.name, ex.getCause());
		}
		catch (Throwable ex) {
			throw new AssociationException("Cannot create an instance of " + this.name, ex);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
