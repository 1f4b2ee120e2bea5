package dev.association.sql;

import java.util.List;

/**
 * A piece of rendered SQL and the values of its own parameters, in the order of their {@code ?}s: a scope
 * condition ({@code  AND "type" = ?}), the key condition of one statement ({@code "id" IN (?, ?)}), a WHERE clause.
 * @param sql the SQL text
 * @param values the bound values
 */
public record SqlFragment(String sql, List<BoundValue> values) {

	/** No SQL and no values. */
	public static final SqlFragment EMPTY = new SqlFragment("", List.of());

}
