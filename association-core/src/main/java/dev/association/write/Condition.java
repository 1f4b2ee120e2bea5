package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.association.Dialect;
import dev.association.metadata.ModelMetadata;

/**
 * A piece of SQL with its bound values, in the order of their {@code ?}s.
 * @param sql the SQL
 * @param parameters the bound values
 */
record Condition(String sql, List<Parameter> parameters) {

	/** No condition. */
	static final Condition NONE = new Condition("", List.of());

	/**
	 * The {@code AND}-prefixed condition that a scope puts on a model's rows: {@code = ?} per value, {@code IS NULL}
	 * for a null value.
	 * @param model the model whose attributes the scope names
	 * @param scope attribute to value
	 * @param qualifier a table alias and dot, or empty
	 * @param dialect the dialect
	 * @return the condition, empty for an empty scope
	 */
	static Condition scope(ModelMetadata model, Map<String, Object> scope, String qualifier, Dialect dialect) {
		StringBuilder sql = new StringBuilder();
		List<Parameter> parameters = new ArrayList<>();
		scope.forEach((name, value) -> {
			String column = qualifier + dialect.quote(model.attribute(name).column());
			if (value == null) {
				sql.append(" AND ").append(column).append(" IS NULL");
			}
			else {
				sql.append(" AND ").append(column).append(" = ?");
				parameters.add(Parameter.of(model.attribute(name), value));
			}
		});
		return new Condition(sql.toString(), List.copyOf(parameters));
	}

}
