package dev.association.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What every accessor does the same way: the source's key, and turning the targets a caller passes (instances or
 * key values) into keys, refusing anything else with a message that says what is accepted.
 */
abstract class AccessorSupport {

	protected final WriteContext context;

	protected final ModelWriter rows;

	protected final AssociationMetadata association;

	protected final Object source;

	AccessorSupport(WriteContext context, ModelWriter rows, AssociationMetadata association, Object source) {
		this.context = context;
		this.rows = rows;
		this.association = association;
		this.source = source;
	}

	/**
	 * The source's key value that the association's foreign key holds (hasOne, hasMany, belongsToMany).
	 * @return the value
	 */
	protected Object sourceKey() {
		Attribute key = this.association.sourceKey();
		Object value = key.get(this.source);
		if (value == null) {
			throw new QueryException("Cannot use " + this.association.describe() + " of a "
					+ this.association.source().name() + " whose " + key.name() + " is null: create it first.");
		}
		return value;
	}

	/**
	 * Runs the statements of one accessor call in one transaction (joining the caller's); a constraint the database
	 * enforces becomes a {@link WriteException} naming the association, and every row stays as it was.
	 * @param <T> the result type
	 * @param action the accessor method, for the message
	 * @param work the statements
	 * @return the work's result
	 */
	protected <T> T write(String action, Supplier<T> work) {
		try {
			return this.context.inTransaction(work);
		}
		catch (DataIntegrityViolationException ex) {
			throw new WriteException("Cannot " + action + " " + this.association.describe()
					+ ": the database refused (" + ex.getMostSpecificCause().getMessage() + "). No row was changed.", ex);
		}
	}

	protected void write(String action, Runnable work) {
		write(action, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Resolves targets, instances or key values; a collection among them counts as its elements.
	 * @param targets the targets
	 * @param key the target attribute they are identified by
	 * @return the targets, and their distinct keys in order
	 */
	protected Targets targets(Collection<?> targets, Attribute key) {
		List<Target> all = new ArrayList<>(targets.size());
		Set<Object> keys = new LinkedHashSet<>();
		for (Object target : targets) {
			if (target instanceof Collection<?> nested) {
				Targets inner = targets(nested, key);
				all.addAll(inner.all());
				keys.addAll(inner.keys());
			}
			else {
				Target resolved = target(target, key);
				all.add(resolved);
				keys.add(resolved.key());
			}
		}
		return new Targets(all, List.copyOf(keys));
	}

	/**
	 * Resolves one target, an instance or a key value.
	 * @param target the target
	 * @param key the target attribute it is identified by
	 * @return the key, and the instance when one was given
	 */
	protected Target target(@Nullable Object target, Attribute key) {
		ModelMetadata model = this.association.target();
		if (target == null) {
			throw new QueryException(this.association.describe() + " takes " + model.name() + " instances or "
					+ model.name() + "." + key.name() + " values; got null.");
		}
		Class<?> type = model.type();
		if (type != null && type.isInstance(target)) {
			Object value = key.get(target);
			if (value == null) {
				throw new QueryException(this.association.describe() + ": the " + model.name() + " instance has no "
						+ key.name() + "; create it first, or use create(...).");
			}
			return new Target(value, target);
		}
		Object value = attributeValue(key, target);
		if (value == null) {
			throw new QueryException(this.association.describe() + " takes " + model.name() + " instances or "
					+ model.name() + "." + key.name() + " values (" + boxed(key.javaType()).getSimpleName() + "); got a "
					+ target.getClass().getSimpleName() + " (" + target + ").");
		}
		return new Target(value, null);
	}

	/**
	 * A value as the attribute's boxed type: the value itself, or an integral number converted without loss.
	 * @param attribute the attribute
	 * @param value the value
	 * @return the converted value, or null when it is not a value of the attribute
	 */
	static @Nullable Object attributeValue(Attribute attribute, Object value) {
		if (boxed(attribute.javaType()).isInstance(value)) {
			return value;
		}
		boolean integral = value instanceof Long || value instanceof Integer || value instanceof Short
				|| value instanceof Byte;
		if (!integral || !attribute.valueType().isIntegral()) {
			return null;
		}
		long number = ((Number) value).longValue();
		if (attribute.valueType() == ValueType.LONG) {
			return number;
		}
		if (attribute.valueType() == ValueType.INTEGER) {
			return (number == (int) number) ? (Object) (int) number : null;
		}
		return (number == (short) number) ? (Object) (short) number : null;
	}

	static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
			case "long" -> Long.class;
			case "int" -> Integer.class;
			case "short" -> Short.class;
			case "boolean" -> Boolean.class;
			case "double" -> Double.class;
			case "float" -> Float.class;
			case "byte" -> Byte.class;
			case "char" -> Character.class;
			default -> type;
		};
	}

	/**
	 * One resolved target.
	 * @param key its key value
	 * @param instance the instance, when one was passed (to update in memory)
	 */
	record Target(Object key, @Nullable Object instance) {

	}

	/**
	 * Resolved targets.
	 * @param all every target as passed
	 * @param keys the distinct keys, in order
	 */
	record Targets(List<Target> all, List<Object> keys) {

		List<Object> instances() {
			List<Object> instances = new ArrayList<>();
			for (Target target : this.all) {
				if (target.instance() != null) {
					instances.add(target.instance());
				}
			}
			return instances;
		}

	}

}
