package dev.association.sql;

import java.util.ArrayList;
import java.util.List;

import dev.association.dialect.BoundList;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import dev.association.plan.ConditionPaths;
import dev.association.plan.ConditionPaths.PathAtom;
import org.jspecify.annotations.Nullable;

/**
 * The text and bound values of one statement being rendered, written left to right so that values line up with
 * their parameters.
 */
final class SqlWriter {

	final SqlDialect dialect;

	private final TableNames tables;

	final StringBuilder sql = new StringBuilder(256);

	List<BoundValue> values = new ArrayList<>();

	private int subqueries;

	private String separator = " WHERE ";

	private @Nullable List<Integer> slots;

	private int nextSlot;

	private ConditionPaths paths = ConditionPaths.NONE;

	private int nextAtom;

	SqlWriter(SqlDialect dialect, TableNames tables) {
		this.dialect = dialect;
		this.tables = tables;
	}

	/**
	 * A new writer for the same dialect and tables, for a part whose values are bound apart from the find's slots.
	 */
	SqlWriter fresh() {
		return new SqlWriter(this.dialect, this.tables);
	}

	SqlWriter append(String text) {
		this.sql.append(text);
		return this;
	}

	/**
	 * Starts a clause ({@code " WHERE "}, {@code " ON "}) whose terms {@link #and()} separates.
	 * @return the enclosing clause's state, for {@link #endClause(String)}
	 */
	String startClause(String keyword) {
		String saved = this.separator;
		this.separator = keyword;
		return saved;
	}

	void endClause(String saved) {
		this.separator = saved;
	}

	/**
	 * Starts the next term of the current clause: its keyword the first time, {@code AND} after.
	 */
	SqlWriter and() {
		this.sql.append(this.separator);
		this.separator = " AND ";
		return this;
	}

	/**
	 * Writes a column qualified by a table alias, or unqualified for an empty alias (write statements on one table).
	 */
	SqlWriter column(String alias, Attribute attribute) {
		if (!alias.isEmpty()) {
			this.sql.append(alias).append('.');
		}
		this.sql.append(this.dialect.quote(attribute.column()));
		return this;
	}

	String columnName(String alias, Attribute attribute) {
		String column = this.dialect.quote(attribute.column());
		return alias.isEmpty() ? column : alias + "." + column;
	}

	/**
	 * Writes columns, unqualified, separated by commas: {@code "a", "b"}.
	 */
	SqlWriter columns(List<Attribute> attributes) {
		for (int i = 0; i < attributes.size(); i++) {
			if (i > 0) {
				this.sql.append(", ");
			}
			column("", attributes.get(i));
		}
		return this;
	}

	/**
	 * Writes {@code "a" = ?} terms separated by a text ({@code ", "} for SET lists, {@code " AND "} for keys).
	 */
	SqlWriter assignments(List<Attribute> attributes, String separator) {
		for (int i = 0; i < attributes.size(); i++) {
			if (i > 0) {
				this.sql.append(separator);
			}
			column("", attributes.get(i)).append(" = ?");
		}
		return this;
	}

	/**
	 * The quoted, schema-qualified table of a model, unaliased.
	 */
	String tableName(ModelMetadata model) {
		return this.tables.of(model);
	}

	/**
	 * The text and values written so far, as a fragment.
	 */
	SqlFragment fragment() {
		return new SqlFragment(this.sql.toString(), List.copyOf(this.values));
	}

	SqlWriter table(ModelMetadata model, String alias) {
		this.sql.append(this.tables.of(model)).append(' ').append(alias);
		return this;
	}

	SqlWriter bind(ValueType type, @Nullable Object value) {
		List<Integer> slots = this.slots;
		if (slots == null) {
			this.values.add(new BoundValue(type, value));
		}
		else if (value instanceof BoundList list) {
			int first = slots.get(this.nextSlot);
			this.nextSlot += list.values().size();
			this.values.add(new BoundValue(type, new ValueList(first, list.values().size())));
		}
		else {
			this.values.add(new BoundValue(type, new ValueSlot(slots.get(this.nextSlot++))));
		}
		return this;
	}

	/**
	 * Binds a fixed value (a scope's), never a slot of the find's values, even inside a condition bound by slots.
	 */
	SqlWriter bindFixed(ValueType type, @Nullable Object value) {
		this.values.add(new BoundValue(type, value));
		return this;
	}

	/**
	 * The next {@code count} slots of the condition being written, for a term that binds its values more than once
	 * (an expanded keyset condition); null when values are bound as themselves.
	 */
	@Nullable List<Integer> takeSlots(int count) {
		List<Integer> slots = this.slots;
		if (slots == null) {
			return null;
		}
		List<Integer> taken = slots.subList(this.nextSlot, this.nextSlot + count);
		this.nextSlot += count;
		return taken;
	}

	/**
	 * Binds a value, or the slot taken for it by {@link #takeSlots(int)}.
	 */
	SqlWriter bindTaken(ValueType type, @Nullable List<Integer> taken, int index, @Nullable Object value) {
		this.values.add(new BoundValue(type, (taken != null) ? new ValueSlot(taken.get(index)) : value));
		return this;
	}

	/**
	 * Until {@link #endSlots()}, the resolved association paths of the condition being written, met in order.
	 */
	void startPaths(ConditionPaths paths) {
		this.paths = paths;
		this.nextAtom = 0;
	}

	/**
	 * The next path atom of the condition being written.
	 */
	PathAtom nextPathAtom() {
		if (this.nextAtom >= this.paths.atoms().size()) {
			throw new IllegalStateException("A condition path that was not planned");
		}
		return this.paths.atoms().get(this.nextAtom++);
	}

	/**
	 * Binds the value in a slot of the find's values (see {@link ValueSlot}).
	 */
	SqlWriter bindSlot(ValueType type, int slot) {
		this.values.add(new BoundValue(type, new ValueSlot(slot)));
		return this;
	}

	/**
	 * Until {@link #endSlots()}, binds the slots given, in order, in place of the values that are written: a
	 * plan's condition carries its values' slots, and its values are a find's of the same shape.
	 */
	void startSlots(List<Integer> slots) {
		this.slots = slots;
		this.nextSlot = 0;
	}

	void endSlots() {
		List<Integer> slots = this.slots;
		if (slots != null && this.nextSlot != slots.size()) {
			throw new IllegalStateException("A condition bound " + this.nextSlot + " of its " + slots.size()
					+ " value slots");
		}
		this.slots = null;
		this.paths = ConditionPaths.NONE;
	}

	/**
	 * A fresh alias prefix for a subquery, distinct from every alias of the enclosing statement.
	 */
	String subqueryPrefix() {
		return "e" + (++this.subqueries) + "_";
	}

	/**
	 * Cuts the text and values written so far, starting afresh (for the part after a key condition).
	 */
	String cut(List<BoundValue> valuesOut) {
		String text = this.sql.toString();
		this.sql.setLength(0);
		valuesOut.addAll(this.values);
		this.values = new ArrayList<>();
		return text;
	}

}
