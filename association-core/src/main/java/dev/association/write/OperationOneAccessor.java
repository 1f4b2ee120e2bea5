package dev.association.write;

import java.util.Optional;

import dev.association.execution.Operation;
import dev.association.metadata.AssociationMetadata;
import dev.association.repository.OneAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Runs each call of a to-one accessor as an {@link Operation} ({@code set User.profile (hasOne Profile)}), so that a
 * statement that fails names the accessor method and the association; each write is retried after a deadlock or
 * serialization failure, or refused as retryable ({@link WriteConflicts}).
 * @param <R> the target type
 */
final class OperationOneAccessor<R> implements OneAccessor<R> {

	private final AssociationMetadata association;

	private final WriteConflicts conflicts;

	private final String described;

	private final OneAccessor<R> accessor;

	OperationOneAccessor(AssociationMetadata association, WriteConflicts conflicts, OneAccessor<R> accessor) {
		this.association = association;
		this.conflicts = conflicts;
		this.described = association.describe();
		this.accessor = accessor;
	}

	@Override
	public Optional<R> get() {
		return Operation.run("get", this.association, () -> this.accessor.get());
	}

	@Override
	public void set(@Nullable Object target) {
		Operation.run("set", this.association, () -> this.conflicts.retrying("set " + this.described,
				() -> this.accessor.set(target)));
	}

	@Override
	public R create(R target) {
		return Operation.run("create", this.association, () -> this.conflicts.retrying("create " + this.described,
				() -> this.accessor.create(target)));
	}

}
