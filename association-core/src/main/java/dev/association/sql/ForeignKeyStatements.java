package dev.association.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a hasOne, hasMany or belongsTo accessor, rendered once, which write one foreign-key column: for
 * hasOne and hasMany the target's ({@code UPDATE posts SET author_id = ? WHERE <keys>}), for belongsTo the
 * source's. Statements that end in {@code WHERE} or {@code AND} take the key condition of each statement
 * ({@link KeyConditions#of}) on {@link #keyColumn()}.
 */
public final class ForeignKeyStatements {

	private final String keyColumn;

	private final String selectLinked;

	private final SqlFragment scope;

	private final String link;

	private final String linkOne;

	private final List<BoundValue> linkScope;

	private final String unlink;

	private final String has;

	/**
	 * Renders the statements of an association.
	 * @param association a hasOne, hasMany or belongsTo
	 * @param sourceRowKey the attributes a source row is found by (belongsTo)
	 * @param updatedAt the foreign-key holder's updatedAt that every update touches, or null
	 * @param dialect the dialect
	 * @param tables the quoted table names
	 */
	public ForeignKeyStatements(AssociationMetadata association, List<Attribute> sourceRowKey,
			@Nullable Attribute updatedAt, SqlDialect dialect, TableNames tables) {
		boolean toTarget = association.kind() != AssociationKind.BELONGS_TO;
		ModelMetadata holder = association.foreignKeyHolder();
		String table = tables.of(holder);
		String foreignKey = dialect.quote(association.foreignKey().column());
		String touch = (updatedAt != null) ? ", " + dialect.quote(updatedAt.column()) + " = ?" : "";
		Attribute targetId = toTarget ? association.target().id() : null;
		this.keyColumn = (targetId != null) ? dialect.quote(targetId.column()) : "";
		// the targets linked now: in the scope and, for a paranoid target, not soft-deleted
		Map<String, @Nullable Object> live = new LinkedHashMap<>(association.scope());
		Attribute deletedAt = holder.deletedAt();
		if (deletedAt != null) {
			live.putIfAbsent(deletedAt.name(), null);
		}
		this.scope = toTarget ? ConditionWriter.scope(dialect, tables, holder, "", live) : SqlFragment.EMPTY;
		SqlFragment scopeSet = toTarget ? ConditionWriter.assignments(dialect, tables, holder, association.scope())
				: SqlFragment.EMPTY;
		this.linkScope = scopeSet.values();
		this.selectLinked = "SELECT " + this.keyColumn + " FROM " + table + " WHERE " + foreignKey + " = ?"
				+ this.scope.sql();
		String sourceRow = new SqlWriter(dialect, tables).assignments(sourceRowKey, " AND ").fragment().sql();
		this.link = "UPDATE " + table + " SET " + foreignKey + " = ?"
				+ (scopeSet.sql().isEmpty() ? "" : ", " + scopeSet.sql()) + touch + " WHERE "
				+ (toTarget ? "" : sourceRow);
		this.linkOne = this.link + (toTarget ? this.keyColumn + " = ?" : "");
		this.unlink = "UPDATE " + table + " SET " + foreignKey + " = NULL" + touch + " WHERE " + foreignKey
				+ " = ? AND ";
		this.has = "SELECT COUNT(*) FROM " + table + " WHERE " + foreignKey + " = ?" + this.scope.sql() + " AND ";
	}

	/**
	 * The quoted column of the target's key that the key conditions test (hasOne, hasMany).
	 * @return the column, empty when the target has no {@code @Id}
	 */
	public String keyColumn() {
		return this.keyColumn;
	}

	/**
	 * {@code SELECT id FROM target WHERE fk = ? AND <scope> [AND deleted_at IS NULL]}: values the source key,
	 * {@link #scopeValues()}.
	 * @return the SQL
	 */
	public String selectLinked() {
		return this.selectLinked;
	}

	/**
	 * The scope values of {@link #selectLinked()} and {@link #has()}.
	 * @return the values
	 */
	public List<BoundValue> scopeValues() {
		return this.scope.values();
	}

	/**
	 * {@code UPDATE target SET fk = ?, <scope> = ?, updated_at = ? WHERE }, followed by a key condition; for
	 * belongsTo the whole {@code UPDATE source SET fk = ?, updated_at = ? WHERE id = ?}.
	 * @return the SQL
	 */
	public String link() {
		return this.link;
	}

	/**
	 * {@code UPDATE target SET fk = ?, <scope> = ?, updated_at = ? WHERE id = ?}: links one target by its key, for a
	 * batch of targets each linked to its own source (a nested create); for belongsTo the same as {@link #link()}.
	 * @return the SQL
	 */
	public String linkOne() {
		return this.linkOne;
	}

	/**
	 * The scope values that {@link #link()} writes, after the foreign key.
	 * @return the values
	 */
	public List<BoundValue> linkScope() {
		return this.linkScope;
	}

	/**
	 * {@code UPDATE target SET fk = NULL, updated_at = ? WHERE fk = ? AND }, followed by a key condition.
	 * @return the SQL
	 */
	public String unlink() {
		return this.unlink;
	}

	/**
	 * {@code SELECT COUNT(*) FROM target WHERE fk = ? AND <scope> AND }, followed by a key condition.
	 * @return the SQL
	 */
	public String has() {
		return this.has;
	}

}
