package dev.association.execution;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import dev.association.dialect.BoundList;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.ValueType;
import dev.association.sql.BoundValue;
import dev.association.sql.ValueList;
import dev.association.sql.ValueSlot;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a compiled statement, in order: each a constant of the shape (a scope value), the slot of a
 * find's value, or consecutive slots bound as one list. Immutable; binding reads the values of one execution.
 */
final class BoundParameters {

	private static final BoundParameters NONE = new BoundParameters(List.of());

	private final ValueType[] types;

	private final @Nullable Object[] constants;

	private final int[] slots;

	private final int[] counts;

	/**
	 * The parameters of bound values as rendered.
	 */
	static BoundParameters of(List<BoundValue> values) {
		return values.isEmpty() ? NONE : new BoundParameters(values);
	}

	private BoundParameters(List<BoundValue> values) {
		this.types = new ValueType[values.size()];
		this.constants = new Object[values.size()];
		this.slots = new int[values.size()];
		this.counts = new int[values.size()];
		for (int i = 0; i < this.types.length; i++) {
			BoundValue value = values.get(i);
			this.types[i] = value.type();
			if (value.value() instanceof ValueSlot slot) {
				this.slots[i] = slot.index();
			}
			else if (value.value() instanceof ValueList list) {
				this.slots[i] = list.first();
				this.counts[i] = list.count();
			}
			else {
				this.constants[i] = value.value();
				this.slots[i] = -1;
			}
		}
	}

	int size() {
		return this.types.length;
	}

	/**
	 * Binds the parameters from an index on.
	 * @return the next parameter index
	 */
	int bind(SqlDialect dialect, PreparedStatement statement, int index, @Nullable Object[] values) throws SQLException {
		int next = index;
		for (int i = 0; i < this.types.length; i++) {
			int slot = this.slots[i];
			Object value = (slot < 0) ? this.constants[i]
					: (this.counts[i] > 0) ? new BoundList(Arrays.asList(values).subList(slot, slot + this.counts[i]))
					: values[slot];
			dialect.bind(statement, next++, this.types[i], value);
		}
		return next;
	}

}
