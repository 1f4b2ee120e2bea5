package dev.association.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.association.metadata.AssociationMetadata;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.ManyAccessor;

/**
 * A to-many accessor whose writes are run again when the database aborts them in a conflict with a concurrent
 * transaction ({@link WriteConflicts}); reads go straight through.
 * @param <R> the target type
 */
final class RetryingManyAccessor<R> implements ManyAccessor<R> {

	private final ManyAccessor<R> accessor;

	private final String association;

	RetryingManyAccessor(ManyAccessor<R> accessor, AssociationMetadata association) {
		this.accessor = accessor;
		this.association = association.describe();
	}

	@Override
	public List<R> get() {
		return this.accessor.get();
	}

	@Override
	public List<R> get(Find find) {
		return this.accessor.get(find);
	}

	@Override
	public void set(Collection<?> targets) {
		WriteConflicts.retrying("set " + this.association, () -> this.accessor.set(targets));
	}

	@Override
	public void add(Object... targets) {
		WriteConflicts.retrying("add to " + this.association, () -> this.accessor.add(targets));
	}

	@Override
	public void add(Object target, Map<String, Object> through) {
		WriteConflicts.retrying("add to " + this.association, () -> this.accessor.add(target, through));
	}

	@Override
	public R create(R target) {
		return WriteConflicts.retrying("create in " + this.association, () -> this.accessor.create(target));
	}

	@Override
	public R create(R target, Map<String, Object> through) {
		return WriteConflicts.retrying("create in " + this.association, () -> this.accessor.create(target, through));
	}

	@Override
	public void remove(Object... targets) {
		WriteConflicts.retrying("remove from " + this.association, () -> this.accessor.remove(targets));
	}

	@Override
	public boolean has(Object... targets) {
		return this.accessor.has(targets);
	}

	@Override
	public long count() {
		return this.accessor.count();
	}

	@Override
	public long count(Where where) {
		return this.accessor.count(where);
	}

}
