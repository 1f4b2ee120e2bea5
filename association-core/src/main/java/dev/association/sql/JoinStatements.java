package dev.association.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a belongsToMany accessor on its join table, rendered once: which targets a source is linked to
 * (and whether each join row is inside the through scope), the insert that skips existing pairs, updates and
 * deletes of links, the existence count. Statements that end in {@code WHERE} or {@code AND} take the key condition
 * of each statement ({@link KeyConditions#of}) on the column named beside them.
 */
public final class JoinStatements {

	private final SqlDialect dialect;

	private final String table;

	private final String otherKey;

	private final boolean scoped;

	private final String selectLinks;

	private final SqlFragment throughScope;

	private final SqlFragment discriminator;

	private final String insert;

	private final String delete;

	private final boolean softDeletes;

	private final String linkWhere;

	private final String has;

	private final List<BoundValue> hasTargetScope;

	private final String scopeSet;

	private final List<BoundValue> scopeSetValues;

	private final @Nullable String selectTargetKeys;

	private final String targetIdColumn;

	/**
	 * Renders the statements of a belongsToMany.
	 * @param association the belongsToMany
	 * @param joinModel the statements of the join table's rows
	 * @param dialect the dialect
	 * @param tables the quoted table names
	 */
	public JoinStatements(AssociationMetadata association, ModelStatements joinModel, SqlDialect dialect,
			TableNames tables) {
		JoinTable join = association.joinTable();
		ModelMetadata model = join.model();
		this.dialect = dialect;
		this.table = joinModel.table();
		String foreignKey = dialect.quote(join.foreignKey().column());
		this.otherKey = dialect.quote(join.otherKey().column());
		// the join rows that are links now: in the through scope and, for a paranoid join model, not soft-deleted
		Map<String, @Nullable Object> live = new LinkedHashMap<>(join.scope());
		Attribute deletedAt = model.deletedAt();
		if (deletedAt != null) {
			live.putIfAbsent(deletedAt.name(), null);
		}
		this.throughScope = ConditionWriter.scope(dialect, tables, model, "", live);
		this.discriminator = ConditionWriter.scope(dialect, tables, model, "", join.discriminator());
		Map<String, @Nullable Object> state = new LinkedHashMap<>(live);
		state.keySet().removeAll(join.discriminator().keySet());
		this.scoped = !state.isEmpty();
		this.selectLinks = "SELECT " + this.otherKey
				+ (this.scoped ? ", CASE WHEN 1 = 1" + ConditionWriter.scope(dialect, tables, model, "", state).sql()
						+ " THEN 1 ELSE 0 END" : "")
				+ " FROM " + this.table + " WHERE " + foreignKey + " = ?" + this.discriminator.sql();
		this.insert = insert(join, joinModel, dialect);
		this.linkWhere = " WHERE " + foreignKey + " = ?" + this.discriminator.sql() + " AND ";
		Attribute updatedAt = model.updatedAt();
		this.softDeletes = deletedAt != null;
		String touch = (updatedAt != null && updatedAt.hasField()) ? ", " + dialect.quote(updatedAt.column()) + " = ?"
				: "";
		String remove = (deletedAt != null)
				? "UPDATE " + this.table + " SET " + dialect.quote(deletedAt.column()) + " = ?" + touch
				: "DELETE FROM " + this.table;
		this.delete = remove + " WHERE " + foreignKey + " = ?" + this.throughScope.sql() + " AND ";
		Map<String, @Nullable Object> targetFilter = new LinkedHashMap<>(association.scope());
		Attribute targetDeletedAt = association.target().deletedAt();
		if (targetDeletedAt != null) {
			targetFilter.putIfAbsent(targetDeletedAt.name(), null);
		}
		SqlFragment targetScope = ConditionWriter.scope(dialect, tables, association.target(), "t", targetFilter);
		SqlFragment joinScope = ConditionWriter.scope(dialect, tables, model, "j", live);
		this.hasTargetScope = targetScope.values();
		this.has = "SELECT COUNT(DISTINCT j." + this.otherKey + ") FROM " + this.table + " j"
				+ (targetFilter.isEmpty() ? ""
						: " JOIN " + tables.of(association.target()) + " t ON t."
								+ dialect.quote(association.targetKey().column()) + " = j." + this.otherKey
								+ targetScope.sql())
				+ " WHERE j." + foreignKey + " = ?" + joinScope.sql() + " AND ";
		SqlFragment set = ConditionWriter.assignments(dialect, tables, model, live);
		this.scopeSet = set.sql();
		this.scopeSetValues = set.values();
		Attribute targetId = association.target().id();
		this.targetIdColumn = (targetId != null) ? dialect.quote(targetId.column()) : "";
		this.selectTargetKeys = (targetId == null || targetId == association.targetKey()) ? null
				: "SELECT " + this.targetIdColumn + ", " + dialect.quote(association.targetKey().column()) + " FROM "
						+ tables.of(association.target()) + " WHERE ";
	}

	private static String insert(JoinTable join, ModelStatements joinModel, SqlDialect dialect) {
		ModelMetadata model = join.model();
		Attribute id = model.id();
		boolean generated = id != null && id.isGenerated();
		if (join.unique() || id == null) {
			List<String> columns = model.attributes().stream().filter((a) -> !generated || a != id)
				.map(Attribute::column).toList();
			return dialect.insertIgnoringDuplicates(joinModel.table(), columns,
					join.linkKey().stream().map(Attribute::column).toList());
		}
		String insertGenerated = joinModel.insertGenerated();
		return (generated && insertGenerated != null) ? insertGenerated : joinModel.insert();
	}

	/**
	 * The quoted join table.
	 * @return the table
	 */
	public String table() {
		return this.table;
	}

	/**
	 * The quoted column pointing at the target, which the key conditions of the join-row statements test.
	 * @return the column
	 */
	public String otherKey() {
		return this.otherKey;
	}

	/**
	 * Whether the through scope has state attributes (null values), so that {@link #selectLinks()} returns the
	 * in-scope flag.
	 * @return true when it has
	 */
	public boolean scoped() {
		return this.scoped;
	}

	/**
	 * {@code SELECT other[, CASE WHEN <state> THEN 1 ELSE 0 END] FROM join WHERE fk = ? AND <discriminator>}: the
	 * source's join rows, soft-deleted ones too, never another association's; values the source key, then
	 * {@link #discriminatorValues()}; append {@code  AND } and a key condition on {@link #otherKey()} to narrow it.
	 * @return the SQL
	 */
	public String selectLinks() {
		return this.selectLinks;
	}

	/**
	 * The through-scope values (for {@link #delete()}, and {@link #has()} after the source key).
	 * @return the values
	 */
	public List<BoundValue> throughScopeValues() {
		return this.throughScope.values();
	}

	/**
	 * The discriminator values (for {@link #selectLinks()} and {@link #update(List, Attribute)}).
	 * @return the values
	 */
	public List<BoundValue> discriminatorValues() {
		return this.discriminator.values();
	}

	/**
	 * The insert of one join row over every column but a generated key, skipping pairs already there
	 * ({@code ON CONFLICT DO NOTHING}, {@code ON DUPLICATE KEY UPDATE}, {@code MERGE ... KEY}) when the pair is
	 * unique.
	 * @return the SQL
	 */
	public String insert() {
		return this.insert;
	}

	/**
	 * {@code UPDATE join SET <through scope> = ?, <attributes> = ?, updated_at = ? WHERE fk = ? AND
	 * <discriminator> AND }, followed by a key condition on {@link #otherKey()}: values {@link #scopeSetValues()},
	 * the attributes', the time, the source key, {@link #discriminatorValues()}.
	 * @param attributes the join attributes written besides the through scope
	 * @param updatedAt the join model's updatedAt, or null
	 * @return the SQL
	 */
	public String update(List<Attribute> attributes, @Nullable Attribute updatedAt) {
		StringBuilder set = new StringBuilder(this.scopeSet);
		for (Attribute attribute : attributes) {
			set.append((set.length() > 0) ? ", " : "").append(this.dialect.quote(attribute.column())).append(" = ?");
		}
		if (updatedAt != null) {
			set.append((set.length() > 0) ? ", " : "").append(this.dialect.quote(updatedAt.column())).append(" = ?");
		}
		return "UPDATE " + this.table + " SET " + set + this.linkWhere;
	}

	/**
	 * {@code DELETE FROM join WHERE fk = ? AND <through scope> AND }, followed by a key condition on
	 * {@link #otherKey()}; for a paranoid join model {@code UPDATE join SET deleted_at = ?, updated_at = ? WHERE fk
	 * = ? AND <through scope> AND deleted_at IS NULL AND }, its timestamps bound before the source key.
	 * @return the SQL
	 */
	public String delete() {
		return this.delete;
	}

	/**
	 * Whether {@link #delete()} soft-deletes the join rows of a paranoid join model.
	 * @return true when it is an UPDATE of deletedAt (and updatedAt)
	 */
	public boolean softDeletes() {
		return this.softDeletes;
	}

	/**
	 * {@code SELECT COUNT(DISTINCT j.other) FROM join j [JOIN target t ON <scope>] WHERE j.fk = ? AND <through
	 * scope> AND }, followed by a key condition on {@code j.other}: values {@link #hasTargetScope()}, the source
	 * key, {@link #throughScopeValues()}.
	 * @return the SQL
	 */
	public String has() {
		return this.has;
	}

	/**
	 * The target-scope values of {@link #has()}.
	 * @return the values
	 */
	public List<BoundValue> hasTargetScope() {
		return this.hasTargetScope;
	}

	/**
	 * The through-scope values that {@link #update(List, Attribute)} writes first.
	 * @return the values
	 */
	public List<BoundValue> scopeSetValues() {
		return this.scopeSetValues;
	}

	/**
	 * {@code SELECT id, target_key FROM target WHERE }, followed by a key condition on {@link #targetIdColumn()},
	 * when the association links by a {@code targetKey} other than the target's primary key, so that primary keys
	 * passed as targets are turned into target keys.
	 * @return the SQL, or null when the association links by the primary key
	 */
	public @Nullable String selectTargetKeys() {
		return this.selectTargetKeys;
	}

	/**
	 * The quoted column of the target's primary key.
	 * @return the column, empty when the target has none
	 */
	public String targetIdColumn() {
		return this.targetIdColumn;
	}

}
