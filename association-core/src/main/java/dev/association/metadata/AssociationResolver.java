package dev.association.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.association.AssociationDefinitionException;
import dev.association.ReferentialAction;
import dev.association.metadata.DefinitionRegistry.Definition;
import org.jspecify.annotations.Nullable;

/**
 * Turns the frozen definitions into {@link AssociationMetadata}: applies Sequelize's defaults, reconciles the
 * foreign keys of pairs (an explicit value beats a default), defines join tables, and validates everything, each
 * failure an {@link AssociationDefinitionException} naming the models, the alias and the fix.
 */
final class AssociationResolver {

	private final Map<Class<?>, ModelMetadata> models;

	private final List<Definition> definitions;

	private final Map<Definition, String> aliases = new IdentityHashMap<>();

	private final Map<Definition, KeyName> foreignKeys = new IdentityHashMap<>();

	private final Map<Definition, KeyName> otherKeys = new IdentityHashMap<>();

	private final Map<Definition, Definition> pairs = new IdentityHashMap<>();

	private final Map<String, ModelMetadata> syntheticTables = new LinkedHashMap<>();

	AssociationResolver(Map<Class<?>, ModelMetadata> models, List<Definition> definitions) {
		this.models = models;
		this.definitions = definitions;
	}

	Metamodel resolve() {
		for (Definition definition : this.definitions) {
			checkShape(definition);
			this.aliases.put(definition, alias(definition));
			this.foreignKeys.put(definition, new KeyName(definition.spec().foreignKey, defaultForeignKey(definition)));
			if (definition.kind() == AssociationKind.BELONGS_TO_MANY) {
				this.otherKeys.put(definition, new KeyName(definition.spec().otherKey, defaultOtherKey(definition)));
			}
		}
		checkDuplicateAliases();
		JoinTableSchemas.check(this.definitions, (type) -> model(type).schema(), this::describe);
		this.pairs.putAll(new PairReconciler(this.definitions, this.foreignKeys, this.otherKeys, this::throughTable,
				this::describe).reconcile());
		defineSyntheticJoinTables();
		Map<Definition, AssociationMetadata> resolved = new IdentityHashMap<>();
		List<AssociationMetadata> associations = new ArrayList<>();
		for (Definition definition : this.definitions) {
			AssociationMetadata association = build(definition);
			resolved.put(definition, association);
			associations.add(association);
			association.source().addAssociation(association);
		}
		this.pairs.forEach((a, b) -> resolved.get(a).inverse(resolved.get(b)));
		new AssociationChecks(this.models.values(), associations).check();
		for (ModelMetadata model : this.models.values()) {
			model.freeze();
		}
		this.syntheticTables.values().forEach(ModelMetadata::freeze);
		List<ModelMetadata> tables = new ArrayList<>(this.models.values());
		tables.addAll(this.syntheticTables.values());
		return new Metamodel(this.models, tables, associations);
	}

	private void checkShape(Definition definition) {
		if (!this.models.containsKey(definition.source())) {
			throw new AssociationDefinitionException("registry.model(" + definition.source().getSimpleName()
					+ ".class) in " + describe(definition) + ": " + definition.source().getSimpleName()
					+ " is not a model. " + modelList());
		}
		if (!this.models.containsKey(definition.target())) {
			throw new AssociationDefinitionException(describe(definition) + ": the target "
					+ definition.target().getSimpleName() + " is not a model (annotate it with @Model and register it). "
					+ modelList());
		}
		AssociationSpec spec = definition.spec();
		boolean manyToMany = definition.kind() == AssociationKind.BELONGS_TO_MANY;
		if (manyToMany && spec.throughTable == null && spec.throughModel == null) {
			throw new AssociationDefinitionException(describe(definition)
					+ " needs through(...): name a join table, through(\"" + defaultJoinTableName(definition)
					+ "\"), or a join model class, through(" + definition.source().getSimpleName()
					+ definition.target().getSimpleName() + ".class).");
		}
		if (!manyToMany && (spec.throughTable != null || spec.throughModel != null || spec.otherKey != null
				|| !spec.throughScope.isEmpty())) {
			throw new AssociationDefinitionException(describe(definition)
					+ ": through, otherKey and throughScope apply to belongsToMany only.");
		}
		if (manyToMany && definition.source() == definition.target() && spec.as == null) {
			throw new AssociationDefinitionException(describe(definition)
					+ " is a self-association: it needs an alias, as(\"...\"), as in Sequelize (e.g. as(\"followers\")).");
		}
		if (spec.throughTable != null && spec.throughTable.contains(".")) {
			throw new AssociationDefinitionException(describe(definition) + ": through(\"" + spec.throughTable
					+ "\") cannot name a schema; a join table defined by through(\"name\") lives in the schema of "
					+ definition.source().getSimpleName() + ". For a join table in another schema, use a join model: "
					+ "through(JoinModel.class) with @Model(schema = ...).");
		}
		if (manyToMany && spec.throughTable != null) {
			PlainIdentifier.require(spec.throughTable, describe(definition) + " goes through(...) the join table");
		}
		if (spec.throughModel != null && !this.models.containsKey(spec.throughModel)) {
			throw new AssociationDefinitionException(describe(definition) + ": the join model "
					+ spec.throughModel.getSimpleName() + " is not a model (annotate it with @Model and register it). "
					+ modelList());
		}
	}

	/**
	 * {@code User.posts (hasMany Post)}, the alias resolved, as {@link AssociationMetadata#describe()} says it.
	 */
	private String describe(Definition definition) {
		String alias = this.aliases.containsKey(definition) ? this.aliases.get(definition) : alias(definition);
		return definition.source().getSimpleName() + "." + alias + " (" + definition.kind().label() + " "
				+ definition.target().getSimpleName() + ")";
	}

	private String defaultJoinTableName(Definition definition) {
		return Naming.snakeCase(definition.source().getSimpleName()) + "_"
				+ Naming.snakeCase(Inflector.pluralize(definition.target().getSimpleName()));
	}

	private String modelList() {
		return "Models: " + this.models.values().stream().map(ModelMetadata::name).collect(Collectors.joining(", "))
				+ ".";
	}

	private String alias(Definition definition) {
		if (definition.spec().plural != null) {
			return definition.kind().isToMany() ? definition.spec().plural : definition.spec().singular;
		}
		if (definition.spec().as != null) {
			return definition.spec().as;
		}
		String name = Naming.lowerFirst(definition.target().getSimpleName());
		return definition.kind().isToMany() ? Inflector.pluralize(name) : name;
	}

	private String defaultForeignKey(Definition definition) {
		ModelMetadata source = model(definition.source());
		ModelMetadata target = model(definition.target());
		return switch (definition.kind()) {
			case BELONGS_TO -> this.aliases.get(definition) + Naming.upperFirst(keyName(target, definition.spec().targetKey, definition));
			case HAS_ONE, HAS_MANY, BELONGS_TO_MANY ->
				Naming.lowerFirst(source.name()) + Naming.upperFirst(keyName(source, definition.spec().sourceKey, definition));
		};
	}

	private String defaultOtherKey(Definition definition) {
		ModelMetadata target = model(definition.target());
		String base = (definition.source() == definition.target())
				? Inflector.singularize(this.aliases.get(definition)) : Naming.lowerFirst(target.name());
		return base + Naming.upperFirst(keyName(target, definition.spec().targetKey, definition));
	}

	private String keyName(ModelMetadata model, @Nullable String explicit, Definition definition) {
		if (explicit != null) {
			return explicit;
		}
		if (model.id() == null) {
			throw new AssociationDefinitionException(describe(definition) + ": " + model.name()
					+ " has no @Id attribute to point a foreign key at; add one or name a key with sourceKey/targetKey.");
		}
		return model.id().name();
	}

	private void checkDuplicateAliases() {
		Map<Class<?>, Map<String, Definition>> seen = new HashMap<>();
		for (Definition definition : this.definitions) {
			String alias = this.aliases.get(definition);
			Definition previous = seen.computeIfAbsent(definition.source(), (k) -> new HashMap<>()).put(alias, definition);
			if (previous != null) {
				throw new AssociationDefinitionException(definition.source().getSimpleName()
						+ " has two associations named '" + alias + "': " + previous.kind().label() + "("
						+ previous.target().getSimpleName() + ") and " + definition.kind().label() + "("
						+ definition.target().getSimpleName() + "). Give one of them another alias with as(\"...\").");
			}
		}
	}

	/**
	 * The qualified name of a belongsToMany's join table, to find pairs: the join model's, or {@code through("name")}
	 * in the schema of the association's source.
	 */
	private @Nullable String throughTable(Definition definition) {
		AssociationSpec spec = definition.spec();
		if (spec.throughModel != null) {
			return model(spec.throughModel).qualifiedTable();
		}
		String schema = model(definition.source()).schema();
		return (spec.throughTable == null) ? null
				: schema.isEmpty() ? spec.throughTable : schema + "." + spec.throughTable;
	}

	private void defineSyntheticJoinTables() {
		Map<String, Map<String, Attribute>> columns = new LinkedHashMap<>();
		Map<String, String[]> names = new LinkedHashMap<>();
		for (Definition definition : this.definitions) {
			String table = definition.spec().throughTable;
			String schema = model(definition.source()).schema();
			if (definition.kind() != AssociationKind.BELONGS_TO_MANY || table == null
					|| joinModelByTable(schema, table) != null) {
				continue;
			}
			String qualified = throughTable(definition);
			names.putIfAbsent(qualified, new String[] { schema, table });
			Map<String, Attribute> attributes = columns.computeIfAbsent(qualified, (t) -> new LinkedHashMap<>());
			Attribute sourceKey = sourceKey(definition);
			Attribute targetKey = targetKey(definition);
			PlainIdentifier.require(this.foreignKeys.get(definition).name(), describe(definition)
					+ ": the join table '" + table + "' gets a column for its foreignKey");
			PlainIdentifier.require(this.otherKeys.get(definition).name(), describe(definition)
					+ ": the join table '" + table + "' gets a column for its otherKey");
			attributes.putIfAbsent(this.foreignKeys.get(definition).name(),
					syntheticKey(this.foreignKeys.get(definition).name(), sourceKey));
			attributes.putIfAbsent(this.otherKeys.get(definition).name(),
					syntheticKey(this.otherKeys.get(definition).name(), targetKey));
		}
		columns.forEach((qualified, attributes) -> {
			String[] name = names.get(qualified);
			this.syntheticTables.put(qualified, new ModelMetadata(null, name[1], name[0], name[1],
					new ArrayList<>(attributes.values()), null, Map.of()));
		});
	}

	private static Attribute syntheticKey(String name, Attribute referenced) {
		Class<?> type = referenced.javaType().isPrimitive() ? boxed(referenced.javaType()) : referenced.javaType();
		return new Attribute(name, Naming.snakeCase(name), type, referenced.valueType(), false, false, false,
				referenced.length(), null, null);
	}

	private static Class<?> boxed(Class<?> primitive) {
		return (primitive == long.class) ? Long.class : (primitive == int.class) ? Integer.class
				: (primitive == short.class) ? Short.class : primitive;
	}

	private @Nullable ModelMetadata joinModelByTable(String schema, String table) {
		return this.models.values()
			.stream()
			.filter((m) -> m.schema().equals(schema) && m.table().equals(table))
			.findFirst()
			.orElse(null);
	}

	private AssociationMetadata build(Definition definition) {
		AssociationSpec spec = definition.spec();
		ModelMetadata source = model(definition.source());
		ModelMetadata target = model(definition.target());
		String alias = this.aliases.get(definition);
		boolean toMany = definition.kind().isToMany();
		String singular = (spec.singular != null) ? spec.singular : toMany ? Inflector.singularize(alias) : alias;
		String plural = (spec.plural != null) ? spec.plural : toMany ? alias : Inflector.pluralize(alias);
		String fkName = this.foreignKeys.get(definition).name();
		JoinTable join = null;
		Attribute foreignKey;
		Attribute sourceKey;
		Attribute targetKey;
		switch (definition.kind()) {
			case BELONGS_TO -> {
				targetKey = existing(target, keyName(target, spec.targetKey, definition), definition, "targetKey");
				foreignKey = foreignKeyAttribute(source, fkName, definition, targetKey);
				sourceKey = foreignKey;
			}
			case HAS_ONE, HAS_MANY -> {
				sourceKey = existing(source, keyName(source, spec.sourceKey, definition), definition, "sourceKey");
				foreignKey = foreignKeyAttribute(target, fkName, definition, sourceKey);
				targetKey = foreignKey;
			}
			default -> {
				sourceKey = sourceKey(definition);
				targetKey = targetKey(definition);
				ModelMetadata joinModel = joinModel(definition);
				foreignKey = foreignKeyAttribute(joinModel, fkName, definition, sourceKey);
				Attribute otherKey = foreignKeyAttribute(joinModel, this.otherKeys.get(definition).name(), definition,
						targetKey);
				join = new JoinTable(joinModel, foreignKey, otherKey,
						scopeOf(joinModel, spec.throughScope, definition, "throughScope"), spec.throughUnique);
			}
		}
		boolean allowNull = (join != null) ? false
				: (spec.foreignKeyAllowNull != null) ? spec.foreignKeyAllowNull : foreignKey.isNullable();
		ReferentialAction onDelete = (spec.onDelete != null) ? spec.onDelete
				: (join != null || !allowNull) ? ReferentialAction.CASCADE : ReferentialAction.SET_NULL;
		if (onDelete == ReferentialAction.SET_NULL && !allowNull) {
			throw new AssociationDefinitionException(describe(definition) + ": onDelete(SET_NULL) needs a nullable "
					+ "foreign key, but " + foreignKey.name() + " (" + foreignKey.column()
					+ ") is NOT NULL. Use CASCADE or RESTRICT, or foreignKey(\"" + foreignKey.name() + "\", true).");
		}
		ReferentialAction onUpdate = (spec.onUpdate != null) ? spec.onUpdate : ReferentialAction.CASCADE;
		FieldAccess field = source.field(alias);
		FieldAccess throughField = (join != null && join.isModel()) ? throughField(target, join.model()) : null;
		return new AssociationMetadata(definition.kind(), source, target, alias, singular, plural, foreignKey,
				allowNull, sourceKey, targetKey, join, scopeOf(target, spec.scope, definition, "scope"),
				ScopeConditions.of(target, spec.scopeConditions, describe(definition)), spec.constraints, onDelete,
				onUpdate, spec.hooks && definition.kind() != AssociationKind.BELONGS_TO, field, throughField);
	}

	private Attribute sourceKey(Definition definition) {
		ModelMetadata source = model(definition.source());
		return existing(source, keyName(source, definition.spec().sourceKey, definition), definition, "sourceKey");
	}

	private Attribute targetKey(Definition definition) {
		ModelMetadata target = model(definition.target());
		return existing(target, keyName(target, definition.spec().targetKey, definition), definition, "targetKey");
	}

	private ModelMetadata joinModel(Definition definition) {
		AssociationSpec spec = definition.spec();
		if (spec.throughModel != null) {
			return model(spec.throughModel);
		}
		ModelMetadata byTable = joinModelByTable(model(definition.source()).schema(), spec.throughTable);
		return (byTable != null) ? byTable : this.syntheticTables.get(throughTable(definition));
	}

	private static @Nullable FieldAccess throughField(ModelMetadata target, ModelMetadata joinModel) {
		return target.fields().values().stream()
			.filter((f) -> f.field().getType() == joinModel.type())
			.findFirst()
			.orElse(null);
	}

	private Attribute existing(ModelMetadata model, String name, Definition definition, String option) {
		Attribute attribute = model.findAttribute(name);
		if (attribute == null) {
			throw new AssociationDefinitionException(describe(definition) + ": " + option + " '"
					+ PlainIdentifier.printable(name) + "' is not an attribute of " + model.name() + ". Attributes of " + model.name() + ": "
					+ attributeList(model) + ".");
		}
		return attribute;
	}

	private Attribute foreignKeyAttribute(ModelMetadata holder, String name, Definition definition,
			Attribute referenced) {
		Attribute attribute = holder.findAttribute(name);
		if (attribute == null) {
			String printable = PlainIdentifier.printable(name);
			throw new AssociationDefinitionException(holder.name() + " has no attribute '" + printable
					+ "' for the foreign key of " + describe(definition) + " (column '"
					+ PlainIdentifier.printable(Naming.snakeCase(name)) + "'). Add a field '" + printable + "' to "
					+ holder.name()
					+ ", or name an existing attribute with foreignKey(...). Attributes of " + holder.name() + ": "
					+ attributeList(holder) + ".");
		}
		if (attribute.valueType() != referenced.valueType()) {
			throw new AssociationDefinitionException(holder.name() + "." + name + " is "
					+ attribute.javaType().getSimpleName() + " but the foreign key of " + describe(definition)
					+ " refers to " + referenced.name() + " (" + referenced.javaType().getSimpleName()
					+ "): the types must match.");
		}
		return attribute;
	}

	private Map<String, Object> scopeOf(ModelMetadata model, Map<String, @Nullable Object> scope,
			Definition definition, String option) {
		for (String attribute : scope.keySet()) {
			if (model.findAttribute(attribute) == null) {
				throw new AssociationDefinitionException(describe(definition) + ": " + option + " attribute '"
						+ PlainIdentifier.printable(attribute) + "' is not an attribute of " + model.name()
						+ ". Attributes of " + model.name() + ": " + attributeList(model) + ".");
			}
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(scope));
	}

	private static String attributeList(ModelMetadata model) {
		return model.attributes().stream().map(Attribute::name).collect(Collectors.joining(", "));
	}

	private ModelMetadata model(Class<?> type) {
		return this.models.get(type);
	}

}
