package dev.association.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.Dialect;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.ModelMetadata;
import dev.association.sql.TableNames;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a belongsToMany accessor on its join table, computed once: which targets a source is linked
 * to (and whether each join row is inside the through scope), the insert that skips existing pairs, the delete of
 * links, the existence count. Statements ending in {@code IN (} take one chunk of target keys.
 */
final class JoinSql {

	private final JoinTable join;

	private final ModelSql joinModel;

	private final String table;

	private final String otherKey;

	private final boolean scoped;

	private final String selectLinks;

	private final Condition throughScope;

	private final Condition discriminator;

	private final String insert;

	private final String deletePrefix;

	private final String linkWhere;

	private final String hasPrefix;

	private final List<Parameter> hasTargetScope;

	private final String scopeSet;

	private final List<Parameter> scopeSetValues;

	private final @Nullable Attribute updatedAt;

	private final @Nullable String selectTargetKeys;

	JoinSql(AssociationMetadata association, ModelSql joinModel, Dialect dialect, TableNames tables) {
		this.join = association.joinTable();
		this.joinModel = joinModel;
		ModelMetadata model = this.join.model();
		this.table = joinModel.table();
		String foreignKey = dialect.quote(this.join.foreignKey().column());
		this.otherKey = dialect.quote(this.join.otherKey().column());
		this.throughScope = Condition.scope(model, this.join.scope(), "", dialect);
		this.discriminator = Condition.scope(model, this.join.discriminator(), "", dialect);
		Map<String, Object> state = new LinkedHashMap<>(this.join.scope());
		state.keySet().removeAll(this.join.discriminator().keySet());
		this.scoped = !state.isEmpty();
		this.selectLinks = "SELECT " + this.otherKey
				+ (this.scoped ? ", CASE WHEN 1 = 1" + Condition.scope(model, state, "", dialect).sql()
						+ " THEN 1 ELSE 0 END" : "")
				+ " FROM " + this.table + " WHERE " + foreignKey + " = ?" + this.discriminator.sql();
		List<String> columns = joinModel.columnsWithoutId().stream().map(Attribute::column).toList();
		boolean unique = this.join.unique() || model.id() == null;
		this.insert = unique ? dialect.insertIgnoringDuplicates(this.table, columns,
				this.join.linkKey().stream().map(Attribute::column).toList())
				: (joinModel.generatedId() != null) ? joinModel.insertGenerated() : joinModel.insert();
		this.linkWhere = " WHERE " + foreignKey + " = ?" + this.discriminator.sql() + " AND " + this.otherKey + " IN (";
		this.deletePrefix = "DELETE FROM " + this.table + " WHERE " + foreignKey + " = ?" + this.throughScope.sql()
				+ " AND " + this.otherKey + " IN (";
		Condition targetScope = Condition.scope(association.target(), association.scope(), "t.", dialect);
		Condition joinScope = Condition.scope(model, this.join.scope(), "j.", dialect);
		this.hasTargetScope = targetScope.parameters();
		this.hasPrefix = "SELECT COUNT(DISTINCT j." + this.otherKey + ") FROM " + this.table + " j"
				+ (association.scope().isEmpty() ? ""
						: " JOIN " + tables.of(association.target()) + " t ON t."
								+ dialect.quote(association.targetKey().column()) + " = j." + this.otherKey
								+ targetScope.sql())
				+ " WHERE j." + foreignKey + " = ?" + joinScope.sql() + " AND j." + this.otherKey + " IN (";
		this.updatedAt = (model.updatedAt() != null && model.updatedAt().hasField()) ? model.updatedAt() : null;
		StringBuilder set = new StringBuilder();
		List<Parameter> setValues = new ArrayList<>();
		for (Map.Entry<String, Object> entry : this.join.scope().entrySet()) {
			Attribute attribute = model.attribute(entry.getKey());
			set.append((set.length() > 0) ? ", " : "").append(dialect.quote(attribute.column())).append(" = ?");
			setValues.add(Parameter.of(attribute, entry.getValue()));
		}
		this.scopeSet = set.toString();
		this.scopeSetValues = List.copyOf(setValues);
		Attribute targetId = association.target().id();
		this.selectTargetKeys = (targetId == null || targetId == association.targetKey()) ? null
				: "SELECT " + dialect.quote(targetId.column()) + ", " + dialect.quote(association.targetKey().column())
						+ " FROM " + tables.of(association.target()) + " WHERE "
						+ dialect.quote(targetId.column()) + " IN (";
	}

	JoinTable join() {
		return this.join;
	}

	ModelSql joinModel() {
		return this.joinModel;
	}

	/** The quoted join table. */
	String table() {
		return this.table;
	}

	/** The quoted column pointing at the target. */
	String otherKey() {
		return this.otherKey;
	}

	/**
	 * Whether the through scope has state attributes (null values), so that {@link #selectLinks()} returns the
	 * in-scope flag.
	 */
	boolean scoped() {
		return this.scoped;
	}

	/**
	 * {@code SELECT other[, CASE WHEN <state> THEN 1 ELSE 0 END] FROM join WHERE fk = ? AND <discriminator>}: the
	 * source's join rows, soft-deleted ones too, never another association's; parameters the source key, then
	 * {@link #discriminatorValues()}; append {@code AND other IN (...)} to narrow it.
	 */
	String selectLinks() {
		return this.selectLinks;
	}

	/** The through-scope values (for {@link #deletePrefix()}). */
	List<Parameter> throughScopeValues() {
		return this.throughScope.parameters();
	}

	/** The discriminator values (for {@link #selectLinks()} and {@link #linkWhere()}). */
	List<Parameter> discriminatorValues() {
		return this.discriminator.parameters();
	}

	/** The insert of one join row over {@link ModelSql#columnsWithoutId()}, skipping pairs already there. */
	String insert() {
		return this.insert;
	}

	/**
	 * {@code  WHERE fk = ? AND <discriminator> AND other IN (}, for updates of join rows: parameters the source key,
	 * the discriminator values, the keys.
	 */
	String linkWhere() {
		return this.linkWhere;
	}

	/** {@code DELETE FROM join WHERE fk = ? AND <through scope> AND other IN (}. */
	String deletePrefix() {
		return this.deletePrefix;
	}

	/**
	 * {@code SELECT COUNT(DISTINCT other) FROM join [JOIN target ON <scope>] WHERE fk = ? AND <through scope> AND
	 * other IN (}: parameters target scope, source key, through scope, keys.
	 */
	String hasPrefix() {
		return this.hasPrefix;
	}

	List<Parameter> hasTargetScope() {
		return this.hasTargetScope;
	}

	/** {@code col = ?, ...} for the through-scope values, empty without a through scope. */
	String scopeSet() {
		return this.scopeSet;
	}

	List<Parameter> scopeSetValues() {
		return this.scopeSetValues;
	}

	/**
	 * {@code SELECT id, target_key FROM target WHERE id IN (}, when the association links by a {@code targetKey}
	 * other than the target's primary key, so that primary keys passed as targets are turned into target keys.
	 */
	@Nullable String selectTargetKeys() {
		return this.selectTargetKeys;
	}

	/** The join model's updatedAt, touched when join attributes are updated. */
	@Nullable Attribute updatedAt() {
		return this.updatedAt;
	}

}
