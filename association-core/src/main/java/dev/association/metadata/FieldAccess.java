package dev.association.metadata;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one field through method handles resolved once at startup: no reflection per row.
 */
public final class FieldAccess {

	private final Field field;

	private final MethodHandle getter;

	private final MethodHandle setter;

	private FieldAccess(Field field, MethodHandle getter, MethodHandle setter) {
		this.field = field;
		this.getter = getter;
		this.setter = setter;
	}

	/**
	 * Resolves the accessors of a field of any visibility.
	 * @param field the field
	 * @return the access
	 */
	public static FieldAccess of(Field field) {
		try {
			MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
			MethodHandle getter = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
			MethodHandle setter = lookup.unreflectSetter(field)
				.asType(MethodType.methodType(void.class, Object.class, Object.class));
			return new FieldAccess(field, getter, setter);
		}
		catch (IllegalAccessException ex) {
			throw new AssociationDefinitionException("Cannot access field " + field.getDeclaringClass().getSimpleName()
					+ "." + field.getName() + " (is it final?): " + ex.getMessage(), ex);
		}
	}

	/**
	 * The field.
	 * @return the field
	 */
	public Field field() {
		return this.field;
	}

	/**
	 * The field's name.
	 * @return the name
	 */
	public String name() {
		return this.field.getName();
	}

	/**
	 * The field's setter, typed {@code (Object instance, Object value) void}, for a compiled query's row readers
	 * (see {@code dev.association.execution.RowFactory}): one method handle tree per table of a statement.
	 * @return the setter
	 */
	public MethodHandle setter() {
		return this.setter;
	}

	/**
	 * Reads the field.
	 * @param instance the instance
	 * @return the value
	 */
	public @Nullable Object get(Object instance) {
		try {
			return (Object) this.getter.invokeExact(instance);
		}
		catch (Throwable ex) {
			throw new AssociationException("Cannot read field '" + name() + "'", ex);
		}
	}

	/**
	 * Writes the field.
	 * @param instance the instance
	 * @param value the value
	 */
	public void set(Object instance, @Nullable Object value) {
		try {
			this.setter.invokeExact(instance, value);
		}
		catch (Throwable ex) {
			throw new AssociationException("Cannot write field '" + name() + "' (" + this.field.getType().getName()
					+ ") with a " + ((value != null) ? value.getClass().getName() : "null"), ex);
		}
	}

}
