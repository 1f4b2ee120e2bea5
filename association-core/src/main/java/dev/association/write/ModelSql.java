package dev.association.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import dev.association.Dialect;
import dev.association.QueryException;
import dev.association.ReferentialAction;
import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.sql.TableNames;
import org.jspecify.annotations.Nullable;

/**
 * The statements of one model's rows, computed once when the engine is built: inserts (with and without a
 * generated key), the update and delete by row key, the select of whole rows, and what a destroy must cascade.
 */
final class ModelSql {

	private final ModelMetadata model;

	private final String table;

	private final List<Attribute> columns;

	private final String insert;

	private final @Nullable Attribute generatedId;

	private final List<Attribute> columnsWithoutId;

	private final @Nullable String insertGenerated;

	private final @Nullable ColumnReader idReader;

	private final List<Attribute> key;

	private final List<Attribute> updated;

	private final @Nullable String update;

	private final String delete;

	private final String select;

	private final List<ColumnReader> readers;

	private final List<Cascade> cascades;

	private final List<AssociationMetadata> restrictions;

	private ModelSql(ModelMetadata model, List<Attribute> key, Metamodel metamodel, Dialect dialect, String table) {
		this.model = model;
		this.table = table;
		this.columns = model.attributes();
		this.insert = insert(this.columns, dialect);
		Attribute id = model.id();
		this.generatedId = (id != null && id.isGenerated()) ? id : null;
		this.columnsWithoutId = this.columns.stream().filter((a) -> a != this.generatedId).toList();
		this.insertGenerated = (this.generatedId != null) ? insert(this.columnsWithoutId, dialect) : null;
		this.idReader = (this.generatedId != null) ? dialect.reader(this.generatedId) : null;
		this.key = List.copyOf(key);
		this.updated = this.columns.stream().filter((a) -> !this.key.contains(a)).toList();
		String where = " WHERE " + this.key.stream()
			.map((a) -> dialect.quote(a.column()) + " = ?")
			.collect(Collectors.joining(" AND "));
		this.update = (this.updated.isEmpty() || this.key.isEmpty()) ? null : "UPDATE " + this.table + " SET "
				+ this.updated.stream().map((a) -> dialect.quote(a.column()) + " = ?").collect(Collectors.joining(", "))
				+ where;
		this.delete = "DELETE FROM " + this.table + where;
		this.select = "SELECT " + this.columns.stream().map((a) -> dialect.quote(a.column())).collect(Collectors.joining(", "))
				+ " FROM " + this.table;
		this.readers = this.columns.stream().map(dialect::reader).toList();
		this.cascades = cascades(model, metamodel, dialect);
		this.restrictions = restrictions(model, metamodel);
	}

	/**
	 * The statements of a model.
	 * @param model the model or engine-defined join table
	 * @param metamodel every association, for the row key of join models and the cascades
	 * @param dialect the dialect
	 * @param tables the quoted table names
	 * @return the statements
	 */
	static ModelSql of(ModelMetadata model, Metamodel metamodel, Dialect dialect, TableNames tables) {
		return new ModelSql(model, rowKey(model, metamodel), metamodel, dialect, tables.of(model));
	}

	private static List<Attribute> rowKey(ModelMetadata model, Metamodel metamodel) {
		if (model.id() != null) {
			return List.of(model.id());
		}
		for (AssociationMetadata association : metamodel.associations()) {
			JoinTable join = association.join();
			if (join != null && join.model() == model) {
				return join.linkKey();
			}
		}
		return List.of();
	}

	private String insert(List<Attribute> attributes, Dialect dialect) {
		return "INSERT INTO " + this.table + " ("
				+ attributes.stream().map((a) -> dialect.quote(a.column())).collect(Collectors.joining(", "))
				+ ") VALUES (" + String.join(", ", Collections.nCopies(attributes.size(), "?")) + ")";
	}

	private static List<Cascade> cascades(ModelMetadata model, Metamodel metamodel, Dialect dialect) {
		List<Cascade> cascades = new ArrayList<>();
		for (AssociationMetadata association : model.associations().values()) {
			if (!association.hooks() || association.onDelete() != ReferentialAction.CASCADE) {
				continue;
			}
			if (association.kind() == AssociationKind.HAS_ONE || association.kind() == AssociationKind.HAS_MANY) {
				Condition scope = Condition.scope(association.target(), association.scope(), "", dialect);
				cascades.add(new Cascade(association, association.target(),
						" WHERE " + dialect.quote(association.foreignKey().column()) + " = ?" + scope.sql(),
						scope.parameters()));
			}
			else if (association.kind() == AssociationKind.BELONGS_TO_MANY && association.joinTable().isModel()) {
				// every join row of the source, soft-deleted ones too, but never those of another association
				JoinTable join = association.joinTable();
				Condition discriminator = Condition.scope(join.model(), join.discriminator(), "", dialect);
				cascades.add(new Cascade(association, join.model(),
						" WHERE " + dialect.quote(join.foreignKey().column()) + " = ?" + discriminator.sql(),
						discriminator.parameters()));
			}
		}
		return List.copyOf(cascades);
	}

	private static List<AssociationMetadata> restrictions(ModelMetadata model, Metamodel metamodel) {
		List<AssociationMetadata> restrictions = new ArrayList<>();
		for (AssociationMetadata association : metamodel.associations()) {
			boolean refuses = association.constraints() && (association.onDelete() == ReferentialAction.RESTRICT
					|| association.onDelete() == ReferentialAction.NO_ACTION);
			boolean references = switch (association.kind()) {
				case HAS_ONE, HAS_MANY -> association.source() == model;
				case BELONGS_TO -> association.target() == model;
				case BELONGS_TO_MANY -> association.source() == model
						|| (association.target() == model && association.rulesTheOtherKey());
			};
			if (refuses && references) {
				restrictions.add(association);
			}
		}
		return List.copyOf(restrictions);
	}

	ModelMetadata model() {
		return this.model;
	}

	/** The quoted, schema-qualified table. */
	String table() {
		return this.table;
	}

	List<Attribute> columns() {
		return this.columns;
	}

	String insert() {
		return this.insert;
	}

	@Nullable Attribute generatedId() {
		return this.generatedId;
	}

	List<Attribute> columnsWithoutId() {
		return this.columnsWithoutId;
	}

	String insertGenerated() {
		if (this.insertGenerated == null) {
			throw new IllegalStateException(this.model.name() + " has no generated key");
		}
		return this.insertGenerated;
	}

	ColumnReader idReader() {
		if (this.idReader == null) {
			throw new IllegalStateException(this.model.name() + " has no generated key");
		}
		return this.idReader;
	}

	List<Attribute> key() {
		return this.key;
	}

	List<Attribute> updated() {
		return this.updated;
	}

	@Nullable String update() {
		return this.update;
	}

	String delete() {
		return this.delete;
	}

	String select() {
		return this.select;
	}

	List<Cascade> cascades() {
		return this.cascades;
	}

	List<AssociationMetadata> restrictions() {
		return this.restrictions;
	}

	/**
	 * Whether the generated key of an instance is still unset (null, or zero for a primitive field).
	 * @param instance the instance
	 * @return true when the database must generate it
	 */
	boolean needsGeneratedKey(Object instance) {
		if (this.generatedId == null) {
			return false;
		}
		Object value = this.generatedId.get(instance);
		return value == null || (this.generatedId.javaType().isPrimitive() && ((Number) value).longValue() == 0);
	}

	List<Parameter> values(Object instance, List<Attribute> attributes) {
		List<Parameter> values = new ArrayList<>(attributes.size() + this.key.size());
		for (Attribute attribute : attributes) {
			values.add(Parameter.of(attribute, attribute.get(instance)));
		}
		return values;
	}

	/**
	 * The row-key values of an instance, for the update and delete statements.
	 * @param instance the instance
	 * @param action what the key is needed for, for the message
	 * @return the values
	 */
	List<Parameter> keyValues(Object instance, String action) {
		if (this.key.isEmpty()) {
			throw new QueryException("Cannot " + action + " a " + this.model.name() + " instance: " + this.model.name()
					+ " has no @Id attribute to find its row by.");
		}
		List<Parameter> values = new ArrayList<>(this.key.size());
		for (Attribute attribute : this.key) {
			Object value = attribute.get(instance);
			if (value == null) {
				throw new QueryException("Cannot " + action + " a " + this.model.name() + " instance whose "
						+ attribute.name() + " is null: create it first.");
			}
			values.add(Parameter.of(attribute, value));
		}
		return values;
	}

	String describeKey(Object instance) {
		return this.key.stream().map((a) -> a.name() + " " + a.get(instance)).collect(Collectors.joining(", "));
	}

	Object materialize(@Nullable Object[] row) {
		Object instance = this.model.newInstance();
		for (int i = 0; i < row.length; i++) {
			this.columns.get(i).set(instance, row[i]);
		}
		return instance;
	}

	List<ColumnReader> readers() {
		return this.readers;
	}

	/**
	 * A {@code hooks(true)} cascade: the children to load and destroy one by one before the parent row goes.
	 * @param association the association (hasOne, hasMany, or belongsToMany through a join model)
	 * @param child the model of the rows destroyed (the target, or the join model)
	 * @param where the condition on the child rows, one {@code ?} for the parent key then the scope values
	 * @param scope the scope values
	 */
	record Cascade(AssociationMetadata association, ModelMetadata child, String where, List<Parameter> scope) {

	}

}
