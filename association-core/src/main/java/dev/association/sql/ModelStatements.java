package dev.association.sql;

import java.util.List;
import java.util.Map;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The statements of one model's rows, rendered once when the engine is built: the insert of every column, the
 * insert without a generated key, the update and delete by row key, the select of whole rows.
 */
public final class ModelStatements {

	private final String table;

	private final String insert;

	private final @Nullable String insertGenerated;

	private final @Nullable String update;

	private final String delete;

	private final String select;

	private final @Nullable String softDelete;

	private final @Nullable String restore;

	private final @Nullable String softDeleteByKey;

	private final @Nullable String restoreByKey;

	private final String notDeleted;

	private final String deleted;

	/**
	 * Renders the statements of a model.
	 * @param dialect the dialect
	 * @param tables the quoted table names
	 * @param model the model or engine-defined join table
	 * @param key the attributes a row is found by (the {@code @Id}, or a join model's two keys), possibly none
	 * @param generatedId the key the database generates, or null
	 */
	public ModelStatements(SqlDialect dialect, TableNames tables, ModelMetadata model, List<Attribute> key,
			@Nullable Attribute generatedId) {
		this.table = tables.of(model);
		List<Attribute> columns = model.attributes();
		this.insert = insert(dialect, tables, columns);
		this.insertGenerated = (generatedId != null)
				? insert(dialect, tables, columns.stream().filter((a) -> a != generatedId).toList()) : null;
		List<Attribute> updated = columns.stream().filter((a) -> !key.contains(a)).toList();
		String where = new SqlWriter(dialect, tables).append(" WHERE ").assignments(key, " AND ").fragment().sql();
		this.update = (updated.isEmpty() || key.isEmpty()) ? null
				: new SqlWriter(dialect, tables).append("UPDATE " + this.table + " SET ")
					.assignments(updated, ", ")
					.append(where)
					.fragment()
					.sql();
		this.delete = "DELETE FROM " + this.table + where;
		this.select = new SqlWriter(dialect, tables).append("SELECT ")
			.columns(columns)
			.append(" FROM " + this.table)
			.fragment()
			.sql();
		Attribute deletedAt = model.deletedAt();
		Attribute updatedAt = model.updatedAt();
		String touch = (updatedAt != null && updatedAt.hasField()) ? ", " + dialect.quote(updatedAt.column()) + " = ?"
				: "";
		String deleted = (deletedAt != null) ? dialect.quote(deletedAt.column()) : "";
		this.softDelete = (deletedAt != null)
				? "UPDATE " + this.table + " SET " + deleted + " = ?" + touch + " WHERE " : null;
		this.restore = (deletedAt != null)
				? "UPDATE " + this.table + " SET " + deleted + " = NULL" + touch + " WHERE " : null;
		this.softDeleteByKey = (this.softDelete != null) ? this.softDelete + where.substring(" WHERE ".length())
				+ " AND " + deleted + " IS NULL" : null;
		this.restoreByKey = (this.restore != null) ? this.restore + where.substring(" WHERE ".length()) : null;
		this.notDeleted = (deletedAt != null) ? " AND " + deleted + " IS NULL" : "";
		this.deleted = (deletedAt != null) ? " AND " + deleted + " IS NOT NULL" : "";
	}

	private String insert(SqlDialect dialect, TableNames tables, List<Attribute> columns) {
		SqlWriter out = new SqlWriter(dialect, tables).append("INSERT INTO " + this.table + " (")
			.columns(columns)
			.append(") VALUES (");
		for (int i = 0; i < columns.size(); i++) {
			out.append((i > 0) ? ", ?" : "?");
		}
		return out.append(")").fragment().sql();
	}

	/**
	 * The condition on the rows of a child model that belong to one parent: {@code  WHERE "fk" = ?} and the
	 * child's scope, for loading the children a {@code hooks(true)} destroy cascades to.
	 * @param dialect the dialect
	 * @param tables the quoted table names
	 * @param child the child model
	 * @param key the child's attribute holding the parent key, bound first by the caller
	 * @param scope the fixed values the children have (scope, or a join table's discriminator)
	 * @return the clause and the scope's values, bound after the parent key
	 */
	public static SqlFragment childRows(SqlDialect dialect, TableNames tables, ModelMetadata child, Attribute key,
			Map<String, ? extends @Nullable Object> scope) {
		SqlFragment scoped = ConditionWriter.scope(dialect, tables, child, "", scope);
		return new SqlFragment(" WHERE " + dialect.quote(key.column()) + " = ?" + scoped.sql(), scoped.values());
	}

	/**
	 * The quoted, schema-qualified table.
	 * @return the table
	 */
	public String table() {
		return this.table;
	}

	/**
	 * {@code INSERT INTO t (every column) VALUES (?, ...)}.
	 * @return the SQL
	 */
	public String insert() {
		return this.insert;
	}

	/**
	 * {@code INSERT INTO t (every column but the generated key) VALUES (?, ...)}.
	 * @return the SQL, or null when the model has no generated key
	 */
	public @Nullable String insertGenerated() {
		return this.insertGenerated;
	}

	/**
	 * {@code UPDATE t SET every other column = ? WHERE key = ?}.
	 * @return the SQL, or null when the model has no key or nothing besides it
	 */
	public @Nullable String update() {
		return this.update;
	}

	/**
	 * {@code DELETE FROM t WHERE key = ?}.
	 * @return the SQL
	 */
	public String delete() {
		return this.delete;
	}

	/**
	 * {@code DELETE FROM t WHERE <condition>}.
	 * @param condition a condition rendered by {@link ConditionWriter#render}
	 * @return the SQL
	 */
	public String deleteWhere(SqlFragment condition) {
		return "DELETE FROM " + this.table + " WHERE " + condition.sql();
	}

	/**
	 * {@code UPDATE t SET deleted_at = ?, updated_at = ? WHERE key = ? AND deleted_at IS NULL}: the soft delete of
	 * one row of a paranoid model (the updatedAt assignment only when the model has one).
	 * @return the SQL
	 */
	public String softDelete() {
		return require(this.softDeleteByKey);
	}

	/**
	 * {@code UPDATE t SET deleted_at = ?, updated_at = ? WHERE <condition> AND deleted_at IS NULL}.
	 * @param condition a condition rendered by {@link ConditionWriter#render}
	 * @return the SQL
	 */
	public String softDeleteWhere(SqlFragment condition) {
		return require(this.softDelete) + condition.sql() + this.notDeleted;
	}

	/**
	 * {@code UPDATE t SET deleted_at = NULL, updated_at = ? WHERE key = ?}: the restore of one row.
	 * @return the SQL
	 */
	public String restore() {
		return require(this.restoreByKey);
	}

	/**
	 * {@code UPDATE t SET deleted_at = NULL, updated_at = ? WHERE <condition> AND deleted_at IS NOT NULL}.
	 * @param condition a condition rendered by {@link ConditionWriter#render}
	 * @return the SQL
	 */
	public String restoreWhere(SqlFragment condition) {
		return require(this.restore) + condition.sql() + this.deleted;
	}

	/**
	 * {@code  AND deleted_at IS NULL} for a paranoid model, to append to a condition on rows not soft-deleted.
	 * @return the SQL, empty when the model is not paranoid
	 */
	public String notDeleted() {
		return this.notDeleted;
	}

	/**
	 * {@code  AND deleted_at IS NOT NULL} for a paranoid model, to append to a condition on soft-deleted rows.
	 * @return the SQL, empty when the model is not paranoid
	 */
	public String deleted() {
		return this.deleted;
	}

	private String require(@Nullable String sql) {
		if (sql == null) {
			throw new IllegalStateException(this.table + " is not the table of a paranoid model");
		}
		return sql;
	}

	/**
	 * {@code SELECT every column FROM t}, to which a WHERE clause is appended.
	 * @return the SQL
	 */
	public String select() {
		return this.select;
	}

}
