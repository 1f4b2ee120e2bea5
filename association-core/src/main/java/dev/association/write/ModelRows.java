package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.association.QueryException;
import dev.association.ReferentialAction;
import dev.association.dialect.ColumnReader;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.sql.BoundValue;
import dev.association.sql.ModelStatements;
import dev.association.sql.SqlFragment;
import dev.association.sql.TableNames;
import dev.association.sql.UpdateStatements;
import org.jspecify.annotations.Nullable;

/**
 * What the writers need of one model's rows, computed once when the engine is built: its statements (rendered by
 * {@link ModelStatements}), the row key and generated key, the values of an instance, the readers of whole rows, and
 * what a destroy must cascade to or may be refused by.
 */
final class ModelRows {

	private final ModelMetadata model;

	private final ModelStatements statements;

	private final UpdateStatements updates;

	private final List<Attribute> columns;

	private final @Nullable Attribute generatedId;

	private final List<Attribute> columnsWithoutId;

	private final @Nullable ColumnReader idReader;

	private final List<Attribute> key;

	private final List<Attribute> updated;

	private final List<ColumnReader> readers;

	private final List<Cascade> cascades;

	private final List<AssociationMetadata> restrictions;

	private ModelRows(ModelMetadata model, List<Attribute> key, Metamodel metamodel, SqlDialect dialect,
			TableNames tables) {
		this.model = model;
		this.columns = model.attributes();
		Attribute id = model.id();
		this.generatedId = (id != null && id.isGenerated()) ? id : null;
		this.columnsWithoutId = this.columns.stream().filter((a) -> a != this.generatedId).toList();
		this.idReader = (this.generatedId != null) ? dialect.reader(this.generatedId) : null;
		this.key = List.copyOf(key);
		this.updated = this.columns.stream().filter((a) -> !this.key.contains(a)).toList();
		this.statements = new ModelStatements(dialect, tables, model, this.key, this.generatedId);
		this.updates = new UpdateStatements(dialect, tables, model, this.key,
				WriteContext.touchedUpdatedAt(model));
		this.readers = this.columns.stream().map(dialect::reader).toList();
		this.cascades = cascades(model, dialect, tables);
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
	static ModelRows of(ModelMetadata model, Metamodel metamodel, SqlDialect dialect, TableNames tables) {
		return new ModelRows(model, rowKey(model, metamodel), metamodel, dialect, tables);
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

	private static List<Cascade> cascades(ModelMetadata model, SqlDialect dialect, TableNames tables) {
		List<Cascade> cascades = new ArrayList<>();
		for (AssociationMetadata association : model.associations().values()) {
			if (!association.hooks() || association.onDelete() != ReferentialAction.CASCADE) {
				continue;
			}
			if (association.kind() == AssociationKind.HAS_ONE || association.kind() == AssociationKind.HAS_MANY) {
				cascades.add(Cascade.of(association, association.target(), ModelStatements.childRows(dialect, tables,
						association.target(), association.foreignKey(), association.scope()), dialect));
			}
			else if (association.kind() == AssociationKind.BELONGS_TO_MANY && association.joinTable().isModel()) {
				// every join row of the source, soft-deleted ones too, but never those of another association
				JoinTable join = association.joinTable();
				cascades.add(Cascade.of(association, join.model(), ModelStatements.childRows(dialect, tables,
						join.model(), join.foreignKey(), join.discriminator()), dialect));
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

	/** The statements of the rows, rendered once. */
	ModelStatements statements() {
		return this.statements;
	}

	/** The updates of chosen attributes, increments and upserts. */
	UpdateStatements updates() {
		return this.updates;
	}

	/** The quoted, schema-qualified table. */
	String table() {
		return this.statements.table();
	}

	List<Attribute> columns() {
		return this.columns;
	}

	String insert() {
		return this.statements.insert();
	}

	@Nullable Attribute generatedId() {
		return this.generatedId;
	}

	List<Attribute> columnsWithoutId() {
		return this.columnsWithoutId;
	}

	String insertGenerated() {
		String insertGenerated = this.statements.insertGenerated();
		if (insertGenerated == null) {
			throw new IllegalStateException(this.model.name() + " has no generated key");
		}
		return insertGenerated;
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
		return this.statements.update();
	}

	String delete() {
		return this.statements.delete();
	}

	String select() {
		return this.statements.select();
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

	List<BoundValue> values(Object instance, List<Attribute> attributes) {
		List<BoundValue> values = new ArrayList<>(attributes.size() + this.key.size());
		for (Attribute attribute : attributes) {
			values.add(BoundValue.of(attribute, attribute.get(instance)));
		}
		return values;
	}

	/**
	 * The row-key values of an instance, for the update and delete statements.
	 * @param instance the instance
	 * @param action what the key is needed for, for the message
	 * @return the values
	 */
	List<BoundValue> keyValues(Object instance, String action) {
		if (this.key.isEmpty()) {
			throw new QueryException("Cannot " + action + " a " + this.model.name() + " instance: " + this.model.name()
					+ " has no @Id attribute to find its row by.");
		}
		List<BoundValue> values = new ArrayList<>(this.key.size());
		for (Attribute attribute : this.key) {
			Object value = attribute.get(instance);
			if (value == null) {
				throw new QueryException("Cannot " + action + " a " + this.model.name() + " instance whose "
						+ attribute.name() + " is null: create it first.");
			}
			values.add(BoundValue.of(attribute, value));
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
	 * @param where the condition on the child rows ({@code  WHERE fk = ? AND <scope>}): one {@code ?} for the parent
	 * key, then its values
	 * @param liveWhere the same condition on the rows not soft-deleted (for the soft delete of a parent), the same as
	 * {@code where} when the child is not paranoid
	 */
	record Cascade(AssociationMetadata association, ModelMetadata child, SqlFragment where, SqlFragment liveWhere) {

		static Cascade of(AssociationMetadata association, ModelMetadata child, SqlFragment where,
				SqlDialect dialect) {
			Attribute deletedAt = child.deletedAt();
			SqlFragment live = (deletedAt == null) ? where : new SqlFragment(
					where.sql() + " AND " + dialect.quote(deletedAt.column()) + " IS NULL", where.values());
			return new Cascade(association, child, where, live);
		}

	}

}
