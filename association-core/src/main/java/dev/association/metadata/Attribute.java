package dev.association.metadata;

import java.lang.invoke.MethodHandle;

import dev.association.AssociationException;
import org.jspecify.annotations.Nullable;

/**
 * One mapped attribute: its field, column, type, and a fast accessor (method handles resolved at startup).
 * Synthetic attributes (the key columns of a join table defined by {@code through("name")}) have no field.
 */
public final class Attribute {

	private final String name;

	private final String column;

	private final Class<?> javaType;

	private final ValueType valueType;

	private final boolean id;

	private final boolean nullable;

	private final boolean unique;

	private final int length;

	private final @Nullable Object defaultValue;

	private final @Nullable FieldAccess field;

	Attribute(String name, String column, Class<?> javaType, ValueType valueType, boolean id, boolean nullable,
			boolean unique, int length, @Nullable Object defaultValue, @Nullable FieldAccess field) {
		this.name = name;
		this.column = column;
		this.javaType = javaType;
		this.valueType = valueType;
		this.id = id;
		this.nullable = nullable;
		this.unique = unique;
		this.length = length;
		this.defaultValue = defaultValue;
		this.field = field;
	}

	/**
	 * The attribute (field) name.
	 * @return the camelCase name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The column name, unquoted.
	 * @return the column name
	 */
	public String column() {
		return this.column;
	}

	/**
	 * The field's Java type.
	 * @return the type, possibly primitive
	 */
	public Class<?> javaType() {
		return this.javaType;
	}

	/**
	 * The value type.
	 * @return the value type
	 */
	public ValueType valueType() {
		return this.valueType;
	}

	/**
	 * Whether this is the primary key.
	 * @return true for the {@code @Id} attribute
	 */
	public boolean isId() {
		return this.id;
	}

	/**
	 * Whether the database generates this key when it is not set (integral {@code @Id}).
	 * @return true for a generated key
	 */
	public boolean isGenerated() {
		return this.id && this.valueType.isIntegral();
	}

	/**
	 * Whether the column accepts null.
	 * @return true when nullable
	 */
	public boolean isNullable() {
		return this.nullable;
	}

	/**
	 * Whether a unique constraint covers the column alone.
	 * @return true when unique
	 */
	public boolean isUnique() {
		return this.unique;
	}

	/**
	 * The length of a string column.
	 * @return the length
	 */
	public int length() {
		return this.length;
	}

	/**
	 * The default from the field initialiser, for simple literal types (strings, numbers, booleans, enums).
	 * @return the default, or null
	 */
	public @Nullable Object defaultValue() {
		return this.defaultValue;
	}

	/**
	 * Whether the attribute has a field (false for the keys of an engine-defined join table).
	 * @return true when backed by a field
	 */
	public boolean hasField() {
		return this.field != null;
	}

	/**
	 * Reads the attribute of an instance.
	 * @param instance the model instance
	 * @return the value, boxed
	 */
	public @Nullable Object get(Object instance) {
		return field().get(instance);
	}

	/**
	 * Writes the attribute of an instance; a null value leaves a primitive field at its zero value.
	 * @param instance the model instance
	 * @param value the value, of the field's type (boxed)
	 */
	public void set(Object instance, @Nullable Object value) {
		if (value == null && this.javaType.isPrimitive()) {
			return;
		}
		field().set(instance, value);
	}

	/**
	 * The field's setter, typed {@code (Object instance, Object value) void}, or null for an attribute of a join
	 * table with no model class.
	 * @return the setter, or null
	 */
	public @Nullable MethodHandle setter() {
		return (this.field != null) ? this.field.setter() : null;
	}

	private FieldAccess field() {
		if (this.field == null) {
			throw new AssociationException("Attribute '" + this.name + "' of a join table has no field");
		}
		return this.field;
	}

	@Override
	public String toString() {
		return this.name + " (" + this.column + ", " + this.javaType.getSimpleName() + ")";
	}

}
