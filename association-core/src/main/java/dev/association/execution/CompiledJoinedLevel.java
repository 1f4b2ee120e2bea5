package dev.association.execution;

import java.util.Set;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.FieldAccess;
import dev.association.plan.LevelPlan;

/**
 * A to-many level joined into its parent's statement ({@code separate(false)}), compiled: the parent's collection
 * field and the target with its row key. Immutable; a {@link JoinedReader} reads rows with it.
 */
final class CompiledJoinedLevel {

	final FieldAccess field;

	final boolean set;

	final CompiledTarget target;

	final ColumnReader rowKeyReader;

	final int rowKeyColumn;

	CompiledJoinedLevel(LevelPlan plan, CompiledTarget target) {
		this.field = plan.association().field();
		this.set = Set.class.isAssignableFrom(this.field.field().getType());
		this.target = target;
		ColumnReader rowKeyReader = target.rowKeyReader;
		if (rowKeyReader == null) {
			throw new IllegalStateException("A joined level without a row key: " + plan.association().describe());
		}
		this.rowKeyReader = rowKeyReader;
		this.rowKeyColumn = plan.rowKeyColumn();
	}

}
