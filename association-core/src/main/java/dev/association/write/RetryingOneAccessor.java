package dev.association.write;

import java.util.Optional;

import dev.association.metadata.AssociationMetadata;
import dev.association.repository.OneAccessor;
import org.jspecify.annotations.Nullable;

/**
 * A to-one accessor whose writes are run again when the database aborts them in a conflict with a concurrent
 * transaction ({@link WriteConflicts}); reads go straight through.
 * @param <R> the target type
 */
final class RetryingOneAccessor<R> implements OneAccessor<R> {

	private final OneAccessor<R> accessor;

	private final String association;

	RetryingOneAccessor(OneAccessor<R> accessor, AssociationMetadata association) {
		this.accessor = accessor;
		this.association = association.describe();
	}

	@Override
	public Optional<R> get() {
		return this.accessor.get();
	}

	@Override
	public void set(@Nullable Object target) {
		WriteConflicts.retrying("set " + this.association, () -> this.accessor.set(target));
	}

	@Override
	public R create(R target) {
		return WriteConflicts.retrying("create " + this.association, () -> this.accessor.create(target));
	}

}
