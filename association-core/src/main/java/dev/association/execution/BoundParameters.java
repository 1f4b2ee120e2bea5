package dev.association.execution;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import dev.association.Dialect;
import dev.association.metadata.ValueType;
import dev.association.sql.BoundValue;
import dev.association.sql.ValueSlot;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a compiled statement, in order: each a constant of the shape (a scope value) or the slot of a
 * find's value. Immutable; binding reads the values of one execution.
 */
final class BoundParameters {

	static final BoundParameters NONE = new BoundParameters(List.of());

	private final ValueType[] types;

	private final @Nullable Object[] constants;

	private final int[] slots;

	BoundParameters(List<BoundValue> values) {
		this.types = new ValueType[values.size()];
		this.constants = new Object[values.size()];
		this.slots = new int[values.size()];
		for (int i = 0; i < this.types.length; i++) {
			BoundValue value = values.get(i);
			this.types[i] = value.type();
			if (value.value() instanceof ValueSlot slot) {
				this.slots[i] = slot.index();
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
	int bind(Dialect dialect, PreparedStatement statement, int index, @Nullable Object[] values) throws SQLException {
		int next = index;
		for (int i = 0; i < this.types.length; i++) {
			int slot = this.slots[i];
			dialect.bind(statement, next++, this.types[i], (slot >= 0) ? values[slot] : this.constants[i]);
		}
		return next;
	}

}
