package dev.association.execution;

import dev.association.sql.RenderedSelect;

/**
 * A statement of a compiled find whose text does not depend on its values: the root statement of a find, or a
 * count.
 * @param sql the SQL text
 * @param parameters its parameters
 */
record CompiledStatement(String sql, BoundParameters parameters) {

	CompiledStatement(RenderedSelect select) {
		this(select.sql(), BoundParameters.of(select.values()));
	}

}
