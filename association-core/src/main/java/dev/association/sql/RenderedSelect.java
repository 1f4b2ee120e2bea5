package dev.association.sql;

import java.util.List;

/**
 * A rendered statement and its bound values, in parameter order.
 * @param sql the SQL text
 * @param values the bound values
 */
public record RenderedSelect(String sql, List<BoundValue> values) {

}
