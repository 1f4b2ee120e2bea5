package dev.association.sql;

import java.util.List;
import java.util.Map;

import dev.association.dialect.BoundList;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.ConditionPaths;
import dev.association.plan.ConditionPaths.PathAtom;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Writes a (validated) condition on one table alias, every value a bound parameter.
 */
public final class ConditionWriter {

	private ConditionWriter() {
	}

	/**
	 * Renders a checked condition on one model's table by itself, its columns qualified by the quoted table name,
	 * for statements that are not selects (the write engine's {@code DELETE FROM users WHERE ...}).
	 * @param dialect the dialect
	 * @param tables the quoted table names of the engine
	 * @param model the model whose attributes the condition names
	 * @param where the condition, checked by {@code QueryPlanner.checkCondition}
	 * @return the condition's SQL (without {@code WHERE}) and bound values
	 */
	public static SqlFragment render(SqlDialect dialect, TableNames tables, ModelMetadata model, Where where) {
		return render(dialect, tables, model, where, ConditionPaths.NONE);
	}

	/**
	 * Renders a checked condition on one model's table by itself; with association paths it is
	 * {@code "id" IN (SELECT t0."id" FROM users t0 LEFT JOIN ... WHERE ...)}, so that the rows it names are those a
	 * find with the same condition reads.
	 * @param dialect the dialect
	 * @param tables the quoted table names of the engine
	 * @param model the model whose attributes the condition names
	 * @param where the condition, checked by {@code QueryPlanner.checkCondition}
	 * @param paths the condition's association paths, resolved by {@code QueryPlanner.paths}
	 * @return the condition's SQL (without {@code WHERE}) and bound values
	 */
	public static SqlFragment render(SqlDialect dialect, TableNames tables, ModelMetadata model, Where where,
			ConditionPaths paths) {
		SqlWriter out = new SqlWriter(dialect, tables);
		if (paths.isEmpty()) {
			write(out, model, tables.of(model), where);
			return out.fragment();
		}
		Attribute id = model.requireId();
		out.column("", id).append(" IN (SELECT ").column("t0", id).append(" FROM ").table(model, "t0");
		PathWriter.joins(out, "t0", paths);
		out.append(" WHERE ");
		out.startPaths(paths);
		write(out, model, "t0", where);
		out.endSlots();
		out.append(")");
		return out.fragment();
	}

	/**
	 * Renders fixed values ({@code scope}, {@code throughScope}, a discriminator) as {@code AND}-prefixed terms on
	 * one table, for statements rendered outside a select: {@code  AND "type" = ? AND "deleted_at" IS NULL}.
	 * @param dialect the dialect
	 * @param tables the quoted table names of the engine
	 * @param model the model whose attributes the scope names
	 * @param alias the table alias that qualifies the columns, or empty for unqualified columns
	 * @param scope attribute to value, null meaning IS NULL
	 * @return the terms and their bound values, empty for an empty scope
	 */
	public static SqlFragment scope(SqlDialect dialect, TableNames tables, ModelMetadata model, String alias,
			Map<String, ? extends @Nullable Object> scope) {
		if (scope.isEmpty()) {
			return SqlFragment.EMPTY;
		}
		SqlWriter out = new SqlWriter(dialect, tables);
		out.startClause(" AND ");
		scope(out, model, alias, scope);
		return out.fragment();
	}

	/**
	 * Renders fixed values as the assignments of a SET list, {@code "type" = ?, "deleted_at" = ?}, every value
	 * (null too) bound, for the writes that put a row into a scope.
	 * @param dialect the dialect
	 * @param tables the quoted table names of the engine
	 * @param model the model whose attributes the scope names
	 * @param scope attribute to value
	 * @return the assignments and their bound values, empty for an empty scope
	 */
	public static SqlFragment assignments(SqlDialect dialect, TableNames tables, ModelMetadata model,
			Map<String, ? extends @Nullable Object> scope) {
		SqlWriter out = new SqlWriter(dialect, tables);
		for (Map.Entry<String, ? extends @Nullable Object> entry : scope.entrySet()) {
			Attribute attribute = model.attribute(entry.getKey());
			out.append(out.sql.length() > 0 ? ", " : "").column("", attribute).append(" = ?");
			out.bind(attribute.valueType(), entry.getValue());
		}
		return out.fragment();
	}

	static void write(SqlWriter out, ModelMetadata model, String alias, Where where) {
		if (where instanceof Where.Junction j) {
			junction(out, model, alias, j);
		}
		else if (where instanceof Where.Not not) {
			out.append("NOT (");
			write(out, model, alias, not.condition());
			out.append(")");
		}
		else if (where instanceof Where.Keyset keyset) {
			KeysetWriter.write(out, model, alias, keyset);
		}
		else {
			String name = attributeOf(where);
			if (name.indexOf('.') < 0) {
				atom(out, model.attribute(name), alias, where);
				return;
			}
			PathAtom path = out.nextPathAtom();
			String from = PathWriter.pathAlias(alias, path.from());
			if (path.exists().isEmpty()) {
				atom(out, path.attribute(), from, where);
			}
			else {
				PathWriter.exists(out, from, path, where);
			}
		}
	}

	/**
	 * Writes one comparison on a column of a table alias.
	 */
	static void atom(SqlWriter out, Attribute attribute, String alias, Where where) {
		if (where instanceof Where.Comparison c) {
			out.column(alias, attribute).append(" ").append(c.operator().sql()).append(" ?");
			out.bind(attribute.valueType(), c.value());
		}
		else if (where instanceof Where.InList in) {
			inList(out, attribute, alias, in);
		}
		else if (where instanceof Where.Like like) {
			String column = out.columnName(alias, attribute);
			out.append(like.caseInsensitive() ? out.dialect.iLike(column) : column + " LIKE ?");
			out.bind(attribute.valueType(), like.pattern());
		}
		else if (where instanceof Where.NullCheck n) {
			out.column(alias, attribute).append(n.isNull() ? " IS NULL" : " IS NOT NULL");
		}
		else if (where instanceof Where.Between b) {
			out.column(alias, attribute).append(" BETWEEN ? AND ?");
			out.bind(attribute.valueType(), b.low()).bind(attribute.valueType(), b.high());
		}
	}

	private static String attributeOf(Where where) {
		return ((Where.Atom) where).attribute();
	}

	private static void inList(SqlWriter out, Attribute attribute, String alias, Where.InList in) {
		List<?> values = in.values();
		if (values.isEmpty()) {
			out.append(in.negated() ? "1 = 1" : "1 = 0");
			return;
		}
		SqlDialect dialect = out.dialect;
		if (values.size() > dialect.maxInListValues() && dialect.bindsListsOf(attribute.valueType())) {
			// one parameter however many values, past the database's parameter limit
			out.column(alias, attribute).append(in.negated() ? " NOT IN (" : " IN (")
				.append(dialect.boundListRows(attribute.valueType()))
				.append(")");
			out.bind(attribute.valueType(), new BoundList(values));
			return;
		}
		out.column(alias, attribute).append(in.negated() ? " NOT IN (" : " IN (");
		for (int i = 0; i < values.size(); i++) {
			out.append((i > 0) ? ", ?" : "?");
			out.bind(attribute.valueType(), values.get(i));
		}
		out.append(")");
	}

	private static void junction(SqlWriter out, ModelMetadata model, String alias, Where.Junction junction) {
		if (junction.conditions().isEmpty()) {
			out.append(junction.and() ? "1 = 1" : "1 = 0");
			return;
		}
		out.append("(");
		for (int i = 0; i < junction.conditions().size(); i++) {
			if (i > 0) {
				out.append(junction.and() ? " AND " : " OR ");
			}
			write(out, model, alias, junction.conditions().get(i));
		}
		out.append(")");
	}

	/**
	 * Writes the condition part of an association's scope ({@code scope(Where)}) on the target's alias as a term of
	 * the current clause, its values bound as fixed values (never slots of the find).
	 */
	static void scopeCondition(SqlWriter out, AssociationMetadata association, String alias) {
		Where condition = association.scopeCondition();
		if (condition == null) {
			return;
		}
		SqlWriter scope = out.fresh();
		write(scope, association.target(), alias, condition);
		out.and().append(scope.sql.toString());
		out.values.addAll(scope.values);
	}

	/**
	 * Writes fixed values ({@code scope}, {@code throughScope}) as terms of the current clause; null means IS NULL.
	 */
	static void scope(SqlWriter out, ModelMetadata model, String alias, Map<String, ? extends @Nullable Object> scope) {
		for (Map.Entry<String, ? extends @Nullable Object> entry : scope.entrySet()) {
			Attribute attribute = model.attribute(entry.getKey());
			out.and().column(alias, attribute);
			if (entry.getValue() == null) {
				out.append(" IS NULL");
			}
			else {
				out.append(" = ?").bindFixed(attribute.valueType(), entry.getValue());
			}
		}
	}

}
