package dev.association.sql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The updates of one model's rows that are not whole-row updates: {@code SET a = ?, ...} of chosen attributes (bulk
 * {@code update(values, where)}), the atomic {@code SET a = a + ?} of an increment, and the upsert by a key. The
 * increment and upsert of each attribute or key are rendered once, on first use.
 */
public final class UpdateStatements {

	private final SqlDialect dialect;

	private final String table;

	private final List<Attribute> columns;

	private final @Nullable Attribute updatedAt;

	private final String byKey;

	private final Map<Attribute, String> increments = new ConcurrentHashMap<>();

	private final Map<UpsertShape, String> upserts = new ConcurrentHashMap<>();

	/**
	 * The updates of a model.
	 * @param dialect the dialect
	 * @param tables the quoted table names
	 * @param model the model
	 * @param key the attributes a row is found by
	 * @param updatedAt the updatedAt attribute that every update sets, or null
	 */
	public UpdateStatements(SqlDialect dialect, TableNames tables, ModelMetadata model, List<Attribute> key,
			@Nullable Attribute updatedAt) {
		this.dialect = dialect;
		this.table = tables.of(model);
		this.columns = model.attributes();
		this.updatedAt = updatedAt;
		this.byKey = new SqlWriter(dialect, tables).append(" WHERE ").assignments(key, " AND ").fragment().sql();
	}

	/**
	 * {@code UPDATE t SET a = ?, b = ?} (updatedAt among the attributes when it is set), to which a WHERE clause is
	 * appended.
	 * @param attributes the attributes assigned, in the order of their values
	 * @return the SQL
	 */
	public String set(List<Attribute> attributes) {
		StringBuilder sql = new StringBuilder("UPDATE ").append(this.table).append(" SET ");
		for (int i = 0; i < attributes.size(); i++) {
			sql.append((i > 0) ? ", " : "").append(this.dialect.quote(attributes.get(i).column())).append(" = ?");
		}
		return sql.toString();
	}

	/**
	 * {@code UPDATE t SET a = a + ?, updated_at = ?}, to which a WHERE clause is appended: values the amount, then
	 * the time when the model has an updatedAt.
	 * @param attribute the numeric attribute
	 * @return the SQL
	 */
	public String increment(Attribute attribute) {
		return this.increments.computeIfAbsent(attribute, (a) -> {
			String column = this.dialect.quote(a.column());
			Attribute touched = this.updatedAt;
			return "UPDATE " + this.table + " SET " + column + " = " + column + " + ?"
					+ ((touched != null && touched != a) ? ", " + this.dialect.quote(touched.column()) + " = ?" : "");
		});
	}

	/**
	 * {@code SELECT a FROM t WHERE key = ?}: one attribute of one row.
	 * @param attribute the attribute
	 * @return the SQL
	 */
	public String selectByKey(Attribute attribute) {
		return "SELECT " + this.dialect.quote(attribute.column()) + " FROM " + this.table + this.byKey;
	}

	/**
	 * {@code  WHERE key = ? [AND key2 = ?]}: the condition on one row by its key.
	 * @return the SQL
	 */
	public String byKey() {
		return this.byKey;
	}

	/**
	 * The statement that inserts a row or updates the row with the same conflict attributes, returning columns of the
	 * row written (see {@link SqlDialect#upsert}).
	 * @param inserted the attributes inserted (every attribute, or all but a generated key left unset)
	 * @param conflict the attributes of the primary or unique key
	 * @param kept the attributes an existing row keeps (its key, createdAt)
	 * @param returned the attributes read back
	 * @return the SQL
	 */
	public String upsert(List<Attribute> inserted, List<Attribute> conflict, List<Attribute> kept,
			List<Attribute> returned) {
		return this.upserts.computeIfAbsent(new UpsertShape(inserted, conflict, kept, returned), (shape) -> {
			List<Attribute> updated = shape.inserted()
				.stream()
				.filter((a) -> !shape.conflict().contains(a) && !shape.kept().contains(a))
				.toList();
			return this.dialect.upsert(this.table, shape.inserted(), shape.conflict(), updated, shape.returned());
		});
	}

	/**
	 * The model's columns, in the order {@link #upsert} expects every attribute.
	 * @return the attributes
	 */
	public List<Attribute> columns() {
		return this.columns;
	}

	private record UpsertShape(List<Attribute> inserted, List<Attribute> conflict, List<Attribute> kept,
			List<Attribute> returned) {

	}

}
