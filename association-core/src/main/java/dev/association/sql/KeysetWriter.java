package dev.association.sql;

import java.util.ArrayList;
import java.util.List;

import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Order;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Writes a keyset condition, the rows after a key in an order: {@code (a, b) > (?, ?)} where the dialect compares
 * row values, every direction is the same and no column can be NULL; otherwise the expanded
 * {@code (a > ? OR (a = ? AND b > ?))}, which places NULLs where the database sorts them.
 */
final class KeysetWriter {

	private KeysetWriter() {
	}

	static void write(SqlWriter out, ModelMetadata model, String alias, Where.Keyset keyset) {
		int size = keyset.attributes().size();
		List<Attribute> attributes = new ArrayList<>(size);
		for (String name : keyset.attributes()) {
			attributes.add(model.attribute(name));
		}
		List<Integer> taken = out.takeSlots(size);
		if (rowValue(out, attributes, keyset)) {
			String operator = (keyset.directions().get(0) == Order.ASC) ? " > " : " < ";
			out.append("(");
			for (int i = 0; i < size; i++) {
				out.append((i > 0) ? ", " : "").column(alias, attributes.get(i));
			}
			out.append(")").append(operator).append("(");
			for (int i = 0; i < size; i++) {
				out.append((i > 0) ? ", ?" : "?");
				out.bindTaken(attributes.get(i).valueType(), taken, i, keyset.values().get(i));
			}
			out.append(")");
			return;
		}
		boolean any = false;
		out.append("(");
		for (int i = 0; i < size; i++) {
			Object value = keyset.values().get(i);
			boolean nullsFirst = nullsFirst(out, keyset.directions().get(i));
			if (value == null && !nullsFirst) {
				continue; // nothing sorts after a NULL that sorts last
			}
			out.append(any ? " OR (" : "(");
			any = true;
			for (int j = 0; j < i; j++) {
				equal(out, alias, attributes.get(j), taken, j, keyset.values().get(j));
				out.append(" AND ");
			}
			after(out, alias, attributes.get(i), taken, i, value, keyset.directions().get(i), nullsFirst);
			out.append(")");
		}
		out.append(any ? ")" : "1 = 0)");
	}

	private static boolean rowValue(SqlWriter out, List<Attribute> attributes, Where.Keyset keyset) {
		if (!out.dialect.supportsRowValueComparison() || attributes.size() < 2) {
			return attributes.size() == 1 && keyset.values().get(0) != null && !attributes.get(0).isNullable();
		}
		for (int i = 0; i < attributes.size(); i++) {
			if (keyset.directions().get(i) != keyset.directions().get(0) || keyset.values().get(i) == null
					|| attributes.get(i).isNullable()) {
				return false;
			}
		}
		return true;
	}

	private static boolean nullsFirst(SqlWriter out, Order direction) {
		return (direction == Order.ASC) != out.dialect.sortsNullsHigh();
	}

	private static void equal(SqlWriter out, String alias, Attribute attribute, @Nullable List<Integer> taken, int index,
			@Nullable Object value) {
		out.column(alias, attribute);
		if (value == null) {
			out.append(" IS NULL");
		}
		else {
			out.append(" = ?").bindTaken(attribute.valueType(), taken, index, value);
		}
	}

	private static void after(SqlWriter out, String alias, Attribute attribute, @Nullable List<Integer> taken,
			int index, @Nullable Object value, Order direction, boolean nullsFirst) {
		if (value == null) {
			out.column(alias, attribute).append(" IS NOT NULL");
			return;
		}
		String operator = (direction == Order.ASC) ? " > ?" : " < ?";
		if (nullsFirst) {
			out.column(alias, attribute).append(operator).bindTaken(attribute.valueType(), taken, index, value);
			return;
		}
		out.append("(").column(alias, attribute).append(operator).bindTaken(attribute.valueType(), taken, index, value);
		out.append(" OR ").column(alias, attribute).append(" IS NULL)");
	}

}
