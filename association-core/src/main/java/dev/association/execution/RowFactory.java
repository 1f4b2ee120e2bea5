package dev.association.execution;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Makes the instance of one table of a compiled statement from the current row: a new instance with its assigned
 * columns read and set. A factory's first {@value #PLAIN_ROWS} rows take the plain path: the constructor, then each
 * column's reader and each attribute's setter in a loop (core reflection, see {@code FieldAccess}), cheap while the
 * JIT has compiled little. Its later rows go through one method handle built when the find is compiled, chaining the
 * model's constructor, each column's reader bound to its index and each field's setter ({@code java.lang.invoke}
 * combinators, no generated code of ours): a row then costs one handle call that the JIT compiles as a whole instead
 * of a call per column and per field, but until it is compiled the tree runs as a chain of lambda forms, which costs
 * more than the loop for the first hundreds of rows. (The JDK's own reflection switches the same way, from native
 * accessors to generated ones after some calls.) A model without a constructor or a field, or a row whose value does
 * not fit its field, always takes the plain path, with {@link Attribute#set}'s errors.
 */
final class RowFactory {

	/** The rows a factory makes on the plain path before it switches to its method handle. */
	static final int PLAIN_ROWS = 10_000;

	private static final MethodHandle READ;

	private static final MethodHandle ZERO_IF_NULL;

	private static final MethodHandle RETURN_INSTANCE;

	static {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			READ = lookup.findVirtual(ColumnReader.class, "read",
					MethodType.methodType(Object.class, ResultSet.class, int.class));
			ZERO_IF_NULL = lookup.findStatic(RowFactory.class, "zeroIfNull",
					MethodType.methodType(Object.class, Object.class, Object.class));
			RETURN_INSTANCE = MethodHandles.dropArguments(MethodHandles.identity(Object.class), 1, ResultSet.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final ModelMetadata model;

	private final Attribute[] attributes;

	private final ColumnReader[] readers;

	private final int firstColumn;

	private final @Nullable MethodHandle create;

	// the rows still to make on the plain path; racy on purpose: a few rows more or fewer on either path change
	// nothing
	private int plainRowsLeft;

	/**
	 * A factory for the first {@code assigned} of a node's columns.
	 * @param model the model
	 * @param columns the node's columns, assigned first
	 * @param readers their readers
	 * @param firstColumn the result-set index of the first
	 * @param assigned how many are set into the instance
	 */
	RowFactory(ModelMetadata model, Attribute[] columns, ColumnReader[] readers, int firstColumn, int assigned) {
		this(model, columns, readers, firstColumn, assigned, PLAIN_ROWS);
	}

	/**
	 * A factory that makes its first {@code plainRows} rows on the plain path.
	 */
	RowFactory(ModelMetadata model, Attribute[] columns, ColumnReader[] readers, int firstColumn, int assigned,
			int plainRows) {
		this.model = model;
		this.attributes = Arrays.copyOf(columns, assigned);
		this.readers = Arrays.copyOf(readers, assigned);
		this.firstColumn = firstColumn;
		this.create = handle(model, this.attributes, this.readers, firstColumn);
		this.plainRowsLeft = plainRows;
	}

	/**
	 * A new instance with the assigned columns of the current row.
	 */
	Object create(ResultSet resultSet) throws SQLException {
		MethodHandle create = this.create;
		if (create == null) {
			return createPlainly(resultSet);
		}
		if (this.plainRowsLeft > 0) {
			this.plainRowsLeft--;
			return createPlainly(resultSet);
		}
		try {
			return (Object) create.invokeExact(resultSet);
		}
		catch (SQLException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			// a value that does not fit its field: the plain path names the field
			return createPlainly(resultSet);
		}
	}

	private Object createPlainly(ResultSet resultSet) throws SQLException {
		Object instance = this.model.newInstance();
		for (int i = 0; i < this.attributes.length; i++) {
			this.attributes[i].set(instance, this.readers[i].read(resultSet, this.firstColumn + i));
		}
		return instance;
	}

	/**
	 * {@code (ResultSet) Object}: the constructor, then for each column {@code setter(instance, reader.read(rs, i))};
	 * null when the model has no constructor or an attribute no field.
	 */
	private static @Nullable MethodHandle handle(ModelMetadata model, Attribute[] attributes, ColumnReader[] readers,
			int firstColumn) {
		MethodHandle constructor = model.constructor();
		if (constructor == null) {
			return null;
		}
		MethodHandle fill = null;
		for (int i = 0; i < attributes.length; i++) {
			MethodHandle setter = attributes[i].setter();
			if (setter == null) {
				return null;
			}
			MethodHandle read = MethodHandles.insertArguments(READ.bindTo(readers[i]), 1, firstColumn + i);
			Class<?> type = attributes[i].javaType();
			if (type.isPrimitive()) {
				// a null leaves a primitive field at its zero value, as Attribute.set does
				Object zero = java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
				read = MethodHandles.filterReturnValue(read, MethodHandles.insertArguments(ZERO_IF_NULL, 1, zero));
			}
			MethodHandle set = MethodHandles.filterArguments(setter, 1, read);
			fill = (fill == null) ? set : MethodHandles.foldArguments(set, fill);
		}
		MethodHandle filled = (fill != null) ? MethodHandles.foldArguments(RETURN_INSTANCE, fill) : RETURN_INSTANCE;
		return MethodHandles.foldArguments(filled, constructor);
	}

	private static @Nullable Object zeroIfNull(@Nullable Object value, Object zero) {
		return (value != null) ? value : zero;
	}

}
