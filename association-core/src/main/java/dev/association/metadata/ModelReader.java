package dev.association.metadata;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.AssociationDefinitionException;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.annotation.Transient;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code @Model} class into {@link ModelMetadata}: attributes from fields, the no-arg constructor, the
 * defaults of field initialisers.
 */
final class ModelReader {

	private ModelReader() {
	}

	static ModelMetadata read(Class<?> type) {
		Model model = type.getAnnotation(Model.class);
		if (model == null) {
			throw new AssociationDefinitionException(type.getName() + " is not a model: annotate it with @Model");
		}
		String table = model.table().isEmpty() ? Naming.tableName(type.getSimpleName()) : model.table();
		checkNames(type, model);
		PlainIdentifier.require(table, type.getSimpleName() + " maps to the table"
				+ (model.table().isEmpty() ? " (named after the class; set @Model(table = \"...\"))" : " (@Model(table))"));
		MethodHandle constructor = constructor(type);
		Object prototype = instantiate(type, constructor);
		List<Attribute> attributes = new ArrayList<>();
		Map<String, FieldAccess> others = new LinkedHashMap<>();
		for (Field field : fields(type)) {
			ValueType valueType = ValueType.of(field.getType());
			FieldAccess access = FieldAccess.of(field);
			if (valueType == null) {
				if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(Column.class)) {
					throw new AssociationDefinitionException(type.getSimpleName() + "." + field.getName() + " has type "
							+ field.getType().getSimpleName() + ", which is not an attribute type. " + supportedTypes());
				}
				others.put(field.getName(), access);
				continue;
			}
			attributes.add(attribute(type, field, valueType, access, prototype));
		}
		long ids = attributes.stream().filter(Attribute::isId).count();
		if (ids > 1) {
			throw new AssociationDefinitionException(type.getSimpleName() + " has " + ids
					+ " @Id attributes; a model has at most one primary-key attribute.");
		}
		if (model.paranoid()) {
			checkDeletedAt(type, attributes);
		}
		return new ModelMetadata(type, type.getSimpleName(), model.schema(), table, attributes, constructor, others,
				model.paranoid());
	}

	private static void checkDeletedAt(Class<?> type, List<Attribute> attributes) {
		Attribute deletedAt = attributes.stream().filter((a) -> a.name().equals("deletedAt")).findFirst().orElse(null);
		String name = type.getSimpleName();
		if (deletedAt == null) {
			throw new AssociationDefinitionException(name + " is paranoid (@Model(paranoid = true)) but has no "
					+ "attribute 'deletedAt' to soft-delete its rows with. Add a field 'Instant deletedAt' "
					+ "(or OffsetDateTime, LocalDateTime), or remove paranoid = true. Attributes of " + name + ": "
					+ String.join(", ", attributes.stream().map(Attribute::name).toList()) + ".");
		}
		ValueType valueType = deletedAt.valueType();
		if (valueType != ValueType.INSTANT && valueType != ValueType.OFFSET_DATE_TIME
				&& valueType != ValueType.LOCAL_DATE_TIME) {
			throw new AssociationDefinitionException(name + ".deletedAt is " + deletedAt.javaType().getSimpleName()
					+ ", but " + name + " is paranoid (@Model(paranoid = true)): deletedAt must be an Instant, "
					+ "OffsetDateTime or LocalDateTime.");
		}
		if (!deletedAt.isNullable()) {
			throw new AssociationDefinitionException(name + ".deletedAt is NOT NULL (@Column(nullable = false)), but "
					+ name + " is paranoid (@Model(paranoid = true)): deletedAt is null on every row that is not "
					+ "soft-deleted. Remove nullable = false.");
		}
	}

	private static void checkNames(Class<?> type, Model model) {
		String table = model.table();
		if (table.contains(".")) {
			int dot = table.lastIndexOf('.');
			throw new AssociationDefinitionException(type.getSimpleName() + ": @Model(table = \"" + table
					+ "\") names a schema; a table name cannot contain '.'. Name the schema apart: @Model(schema = \""
					+ table.substring(0, dot) + "\", table = \"" + table.substring(dot + 1) + "\").");
		}
		if (model.schema().contains(".")) {
			throw new AssociationDefinitionException(type.getSimpleName() + ": @Model(schema = \"" + model.schema()
					+ "\") cannot contain '.'; it names one schema (a MariaDB/MySQL database).");
		}
		if (!model.schema().isEmpty()) {
			PlainIdentifier.require(model.schema(), type.getSimpleName() + " maps to the schema (@Model(schema))");
		}
	}

	static String supportedTypes() {
		return "Supported attribute types: String, boolean, int, long, short, double, float (and their wrappers), "
				+ "BigDecimal, UUID, Instant, LocalDate, LocalDateTime, OffsetDateTime, byte[], enums. "
				+ "Mark other fields @Transient.";
	}

	private static Attribute attribute(Class<?> type, Field field, ValueType valueType, FieldAccess access,
			Object prototype) {
		Column column = field.getAnnotation(Column.class);
		boolean id = field.isAnnotationPresent(Id.class);
		String columnName = (column != null && !column.name().isEmpty()) ? column.name()
				: Naming.snakeCase(field.getName());
		boolean explicit = column != null && !column.name().isEmpty();
		PlainIdentifier.require(columnName, type.getSimpleName() + "." + field.getName() + " maps to the column"
				+ (explicit ? " (@Column(name))" : " (named after the field; set @Column(name = \"...\"))"));
		boolean nullable = !id && !field.getType().isPrimitive() && (column == null || column.nullable());
		boolean unique = column != null && column.unique();
		int length = (column != null) ? column.length() : 255;
		Object defaultValue = id ? null : literalDefault(access.get(prototype), field.getType());
		return new Attribute(field.getName(), columnName, field.getType(), valueType, id, nullable, unique, length,
				defaultValue, access);
	}

	private static @Nullable Object literalDefault(@Nullable Object value, Class<?> fieldType) {
		if (value == null || fieldType.isPrimitive()) {
			// a primitive's zero value is a Java artefact, not a default the user wrote
			return (value != null && isNonZero(value)) ? value : null;
		}
		boolean literal = value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?>;
		return literal ? value : null;
	}

	private static boolean isNonZero(Object value) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof Number number) {
			return !(number instanceof BigDecimal) && number.doubleValue() != 0;
		}
		return false;
	}

	private static List<Field> fields(Class<?> type) {
		List<Class<?>> hierarchy = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			hierarchy.add(0, c);
		}
		List<Field> fields = new ArrayList<>();
		for (Class<?> c : hierarchy) {
			for (Field field : c.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
						|| field.isAnnotationPresent(Transient.class)) {
					continue;
				}
				if (Modifier.isFinal(modifiers)) {
					throw new AssociationDefinitionException(type.getSimpleName() + "." + field.getName()
							+ " is final; model fields are written by the engine. Make it non-final or mark it @Transient.");
				}
				fields.add(field);
			}
		}
		return fields;
	}

	private static MethodHandle constructor(Class<?> type) {
		try {
			MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
			return lookup.findConstructor(type, MethodType.methodType(void.class))
				.asType(MethodType.methodType(Object.class));
		}
		catch (NoSuchMethodException | IllegalAccessException ex) {
			throw new AssociationDefinitionException(type.getSimpleName()
					+ " needs a no-arg constructor (any visibility) to be a model"
					+ (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? "; make the nested class static"
							: ""),
					ex);
		}
	}

	private static Object instantiate(Class<?> type, MethodHandle constructor) {
		try {
			return (Object) constructor.invokeExact();
		}
		catch (Throwable ex) {
			throw new AssociationDefinitionException("Cannot create an instance of model " + type.getSimpleName()
					+ " with its no-arg constructor: " + ex, ex);
		}
	}

}
