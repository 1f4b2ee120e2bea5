package dev.association.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A condition on a model's attributes. Values are always bound parameters; attribute names are checked against
 * the model when the query runs. An attribute may be a dotted path through associations, {@code "posts.title"}:
 * to-one steps are joined, and from the first to-many step on the condition is an {@code EXISTS} semi-join.
 * <pre>{@code Where.and(Where.eq("active", true), Where.or(Where.like("username", "a%"), Where.gt("id", 10)))}</pre>
 */
public sealed interface Where permits Where.Atom, Where.Junction, Where.Not, Where.Keyset {

	/**
	 * {@code attr = value}; a null value means {@code IS NULL}.
	 * @param attribute the attribute name
	 * @param value the value
	 * @return the condition
	 */
	static Where eq(String attribute, @Nullable Object value) {
		return (value != null) ? new Comparison(attribute, Operator.EQ, value) : isNull(attribute);
	}

	/**
	 * {@code attr <> value}; a null value means {@code IS NOT NULL}.
	 * @param attribute the attribute name
	 * @param value the value
	 * @return the condition
	 */
	static Where ne(String attribute, @Nullable Object value) {
		return (value != null) ? new Comparison(attribute, Operator.NE, value) : notNull(attribute);
	}

	/**
	 * {@code attr > value}.
	 * @param attribute the attribute name
	 * @param value the value
	 * @return the condition
	 */
	static Where gt(String attribute, Object value) {
		return new Comparison(attribute, Operator.GT, value);
	}

	/**
	 * {@code attr >= value}.
	 * @param attribute the attribute name
	 * @param value the value
	 * @return the condition
	 */
	static Where gte(String attribute, Object value) {
		return new Comparison(attribute, Operator.GTE, value);
	}

	/**
	 * {@code attr < value}.
	 * @param attribute the attribute name
	 * @param value the value
	 * @return the condition
	 */
	static Where lt(String attribute, Object value) {
		return new Comparison(attribute, Operator.LT, value);
	}

	/**
	 * {@code attr <= value}.
	 * @param attribute the attribute name
	 * @param value the value
	 * @return the condition
	 */
	static Where lte(String attribute, Object value) {
		return new Comparison(attribute, Operator.LTE, value);
	}

	/**
	 * {@code attr IN (values)}; an empty collection matches nothing.
	 * @param attribute the attribute name
	 * @param values the values
	 * @return the condition
	 */
	static Where in(String attribute, Collection<?> values) {
		return new InList(attribute, List.copyOf(values), false);
	}

	/**
	 * {@code attr IN (values)}.
	 * @param attribute the attribute name
	 * @param values the values
	 * @return the condition
	 */
	static Where in(String attribute, Object... values) {
		return new InList(attribute, List.copyOf(Arrays.asList(values)), false);
	}

	/**
	 * {@code attr NOT IN (values)}; an empty collection matches everything.
	 * @param attribute the attribute name
	 * @param values the values
	 * @return the condition
	 */
	static Where notIn(String attribute, Collection<?> values) {
		return new InList(attribute, List.copyOf(values), true);
	}

	/**
	 * {@code attr NOT IN (values)}.
	 * @param attribute the attribute name
	 * @param values the values
	 * @return the condition
	 */
	static Where notIn(String attribute, Object... values) {
		return new InList(attribute, List.copyOf(Arrays.asList(values)), true);
	}

	/**
	 * {@code attr LIKE pattern}.
	 * @param attribute the attribute name
	 * @param pattern the pattern, with {@code %} and {@code _}
	 * @return the condition
	 */
	static Where like(String attribute, String pattern) {
		return new Like(attribute, pattern, false);
	}

	/**
	 * Case-insensitive LIKE.
	 * @param attribute the attribute name
	 * @param pattern the pattern, with {@code %} and {@code _}
	 * @return the condition
	 */
	static Where iLike(String attribute, String pattern) {
		return new Like(attribute, pattern, true);
	}

	/**
	 * {@code attr IS NULL}.
	 * @param attribute the attribute name
	 * @return the condition
	 */
	static Where isNull(String attribute) {
		return new NullCheck(attribute, true);
	}

	/**
	 * {@code attr IS NOT NULL}.
	 * @param attribute the attribute name
	 * @return the condition
	 */
	static Where notNull(String attribute) {
		return new NullCheck(attribute, false);
	}

	/**
	 * {@code attr BETWEEN low AND high}.
	 * @param attribute the attribute name
	 * @param low the lower bound, inclusive
	 * @param high the upper bound, inclusive
	 * @return the condition
	 */
	static Where between(String attribute, Object low, Object high) {
		return new Between(attribute, low, high);
	}

	/**
	 * All of the conditions.
	 * @param conditions the conditions
	 * @return the conjunction
	 */
	static Where and(Where... conditions) {
		return new Junction(true, List.of(conditions));
	}

	/**
	 * Any of the conditions.
	 * @param conditions the conditions
	 * @return the disjunction
	 */
	static Where or(Where... conditions) {
		return new Junction(false, List.of(conditions));
	}

	/**
	 * The negation of a condition.
	 * @param condition the condition
	 * @return the negation
	 */
	static Where not(Where condition) {
		return new Not(condition);
	}

	/** Comparison operators. */
	enum Operator {

		/** {@code =} */
		EQ("="),
		/** {@code <>} */
		NE("<>"),
		/** {@code >} */
		GT(">"),
		/** {@code >=} */
		GTE(">="),
		/** {@code <} */
		LT("<"),
		/** {@code <=} */
		LTE("<=");

		private final String sql;

		Operator(String sql) {
			this.sql = sql;
		}

		/**
		 * The SQL operator.
		 * @return the operator text
		 */
		public String sql() {
			return this.sql;
		}

	}

	/**
	 * A condition on one attribute (or one dotted path): a comparison, IN list, LIKE, NULL check or BETWEEN.
	 */
	sealed interface Atom extends Where permits Comparison, InList, Like, NullCheck, Between {

		/**
		 * The attribute (or dotted path) the condition is on.
		 * @return the attribute name
		 */
		String attribute();

	}

	/**
	 * {@code attribute op value}.
	 * @param attribute the attribute name
	 * @param operator the operator
	 * @param value the bound value
	 */
	record Comparison(String attribute, Operator operator, Object value) implements Atom {

		public Comparison {
			Assert.hasText(attribute, "Attribute must not be empty");
			Assert.notNull(value, "Value must not be null");
		}

	}

	/**
	 * {@code attribute [NOT] IN (values)}.
	 * @param attribute the attribute name
	 * @param values the bound values
	 * @param negated true for NOT IN
	 */
	record InList(String attribute, List<?> values, boolean negated) implements Atom {

		public InList {
			Assert.hasText(attribute, "Attribute must not be empty");
		}

	}

	/**
	 * {@code attribute LIKE pattern}, case-insensitive when asked.
	 * @param attribute the attribute name
	 * @param pattern the bound pattern
	 * @param caseInsensitive true for iLike
	 */
	record Like(String attribute, String pattern, boolean caseInsensitive) implements Atom {

		public Like {
			Assert.hasText(attribute, "Attribute must not be empty");
			Assert.notNull(pattern, "Pattern must not be null");
		}

	}

	/**
	 * {@code attribute IS [NOT] NULL}.
	 * @param attribute the attribute name
	 * @param isNull true for IS NULL
	 */
	record NullCheck(String attribute, boolean isNull) implements Atom {

		public NullCheck {
			Assert.hasText(attribute, "Attribute must not be empty");
		}

	}

	/**
	 * {@code attribute BETWEEN low AND high}.
	 * @param attribute the attribute name
	 * @param low the lower bound
	 * @param high the upper bound
	 */
	record Between(String attribute, Object low, Object high) implements Atom {

		public Between {
			Assert.hasText(attribute, "Attribute must not be empty");
			Assert.notNull(low, "Lower bound must not be null");
			Assert.notNull(high, "Upper bound must not be null");
		}

	}

	/**
	 * AND or OR of conditions.
	 * @param and true for AND, false for OR
	 * @param conditions the conditions
	 */
	record Junction(boolean and, List<Where> conditions) implements Where {

	}

	/**
	 * NOT of a condition.
	 * @param condition the negated condition
	 */
	record Not(Where condition) implements Where {

	}

	/**
	 * The rows that come after a key in an order: the keyset condition of {@code scroll}. The database writes it as a
	 * row-value comparison {@code (a, b) > (?, ?)} where it supports one and the order allows it, otherwise as the
	 * expanded {@code a > ? OR (a = ? AND b > ?)}, with NULLs placed where the database sorts them.
	 * @param attributes the attributes of the order, the last one unique (the primary key)
	 * @param directions the direction of each attribute
	 * @param values the key's value of each attribute, null for NULL
	 */
	record Keyset(List<String> attributes, List<Order> directions, List<@Nullable Object> values) implements Where {

		public Keyset {
			Assert.isTrue(!attributes.isEmpty() && attributes.size() == directions.size()
					&& attributes.size() == values.size(), "A keyset needs one direction and one value per attribute");
			attributes = List.copyOf(attributes);
			directions = List.copyOf(directions);
			values = Collections.unmodifiableList(new ArrayList<>(values));
		}

	}

}
