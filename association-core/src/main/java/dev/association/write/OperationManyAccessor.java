package dev.association.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.association.execution.Operation;
import dev.association.metadata.AssociationMetadata;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.ManyAccessor;

/**
 * Runs each call of a to-many accessor as an {@link Operation} ({@code set User.roles (belongsToMany Role)}), so that
 * a statement that fails names the accessor method and the association; each write is retried after a deadlock or
 * serialization failure, or refused as retryable ({@link WriteConflicts}).
 * @param <R> the target type
 */
final class OperationManyAccessor<R> implements ManyAccessor<R> {

	private final AssociationMetadata association;

	private final WriteConflicts conflicts;

	private final String described;

	private final ManyAccessor<R> accessor;

	OperationManyAccessor(AssociationMetadata association, WriteConflicts conflicts, ManyAccessor<R> accessor) {
		this.association = association;
		this.conflicts = conflicts;
		this.described = association.describe();
		this.accessor = accessor;
	}

	@Override
	public List<R> get() {
		return Operation.run("get", this.association, () -> this.accessor.get());
	}

	@Override
	public List<R> get(Find find) {
		return Operation.run("get", this.association, () -> this.accessor.get(find));
	}

	@Override
	public void set(Collection<?> targets) {
		Operation.run("set", this.association, () -> this.conflicts.retrying("set " + this.described,
				() -> this.accessor.set(targets)));
	}

	@Override
	public void add(Object... targets) {
		Operation.run("add", this.association, () -> this.conflicts.retrying("add to " + this.described,
				() -> this.accessor.add(targets)));
	}

	@Override
	public void add(Object target, Map<String, Object> through) {
		Operation.run("add", this.association, () -> this.conflicts.retrying("add to " + this.described,
				() -> this.accessor.add(target, through)));
	}

	@Override
	public R create(R target) {
		return Operation.run("create", this.association, () -> this.conflicts.retrying("create in " + this.described,
				() -> this.accessor.create(target)));
	}

	@Override
	public R create(R target, Map<String, Object> through) {
		return Operation.run("create", this.association, () -> this.conflicts.retrying("create in " + this.described,
				() -> this.accessor.create(target, through)));
	}

	@Override
	public void remove(Object... targets) {
		Operation.run("remove", this.association, () -> this.conflicts.retrying("remove from " + this.described,
				() -> this.accessor.remove(targets)));
	}

	@Override
	public boolean has(Object... targets) {
		return Operation.run("has", this.association, () -> this.accessor.has(targets));
	}

	@Override
	public long count() {
		return Operation.run("count", this.association, () -> this.accessor.count());
	}

	@Override
	public long count(Where where) {
		return Operation.run("count", this.association, () -> this.accessor.count(where));
	}

}
