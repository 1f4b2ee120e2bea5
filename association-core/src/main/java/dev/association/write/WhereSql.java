package dev.association.write;

import java.util.ArrayList;
import java.util.List;

import dev.association.Dialect;
import dev.association.QueryException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Where;

/**
 * Renders a {@link Where} on one model's own attributes (no include paths) as a condition with bound values, for
 * {@code destroy(Where)}. Attribute names are checked against the model; values are always parameters.
 */
final class WhereSql {

	private final ModelMetadata model;

	private final Dialect dialect;

	private final StringBuilder sql = new StringBuilder();

	private final List<Parameter> parameters = new ArrayList<>();

	private WhereSql(ModelMetadata model, Dialect dialect) {
		this.model = model;
		this.dialect = dialect;
	}

	static Condition render(ModelMetadata model, Where where, Dialect dialect) {
		WhereSql renderer = new WhereSql(model, dialect);
		renderer.append(where);
		return new Condition(renderer.sql.toString(), List.copyOf(renderer.parameters));
	}

	private void append(Where where) {
		if (where instanceof Where.Comparison comparison) {
			Attribute attribute = attribute(comparison.attribute());
			column(attribute).append(' ').append(comparison.operator().sql()).append(" ?");
			this.parameters.add(Parameter.of(attribute, comparison.value()));
		}
		else if (where instanceof Where.InList in) {
			inList(in);
		}
		else if (where instanceof Where.Like like) {
			Attribute attribute = attribute(like.attribute());
			String column = this.dialect.quote(attribute.column());
			this.sql.append(like.caseInsensitive() ? this.dialect.iLike(column) : column + " LIKE ?");
			this.parameters.add(Parameter.of(attribute, like.pattern()));
		}
		else if (where instanceof Where.NullCheck check) {
			column(attribute(check.attribute())).append(check.isNull() ? " IS NULL" : " IS NOT NULL");
		}
		else if (where instanceof Where.Between between) {
			Attribute attribute = attribute(between.attribute());
			column(attribute).append(" BETWEEN ? AND ?");
			this.parameters.add(Parameter.of(attribute, between.low()));
			this.parameters.add(Parameter.of(attribute, between.high()));
		}
		else if (where instanceof Where.Junction junction) {
			junction(junction);
		}
		else if (where instanceof Where.Not not) {
			this.sql.append("NOT (");
			append(not.condition());
			this.sql.append(')');
		}
	}

	private void inList(Where.InList in) {
		Attribute attribute = attribute(in.attribute());
		if (in.values().isEmpty()) {
			this.sql.append(in.negated() ? "1 = 1" : "1 = 0");
			return;
		}
		column(attribute).append(in.negated() ? " NOT IN (" : " IN (")
			.append(WriteContext.placeholders(in.values().size()))
			.append(')');
		for (Object value : in.values()) {
			this.parameters.add(Parameter.of(attribute, value));
		}
	}

	private void junction(Where.Junction junction) {
		if (junction.conditions().isEmpty()) {
			this.sql.append(junction.and() ? "1 = 1" : "1 = 0");
			return;
		}
		this.sql.append('(');
		for (int i = 0; i < junction.conditions().size(); i++) {
			if (i > 0) {
				this.sql.append(junction.and() ? " AND " : " OR ");
			}
			append(junction.conditions().get(i));
		}
		this.sql.append(')');
	}

	private Attribute attribute(String name) {
		if (name.contains(".")) {
			throw new QueryException("destroy(Where) on " + this.model.name() + " takes the model's own attributes, not '"
					+ name + "'. Attributes of " + this.model.name() + ": " + String.join(", ",
							this.model.attributes().stream().map(Attribute::name).toList())
					+ ".");
		}
		return this.model.attribute(name);
	}

	private StringBuilder column(Attribute attribute) {
		return this.sql.append(this.dialect.quote(attribute.column()));
	}

}
