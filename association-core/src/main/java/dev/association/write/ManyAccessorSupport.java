package dev.association.write;

import java.util.Arrays;
import java.util.List;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.ManyAccessor;
import org.springframework.util.Assert;

/**
 * What the to-many accessors share: reads through the query engine, and {@code has} as a count of linked keys.
 * @param <R> the target type
 */
abstract class ManyAccessorSupport<R> extends AccessorSupport implements ManyAccessor<R> {

	ManyAccessorSupport(WriteContext context, ModelWriter rows, AssociationMetadata association, Object source) {
		super(context, rows, association, source);
	}

	/**
	 * The target attribute whose values identify linked targets.
	 * @return the key attribute
	 */
	protected abstract Attribute linkKey();

	/**
	 * How many of these target keys are linked to the source.
	 * @param sourceKey the source's key value
	 * @param keys the target keys
	 * @return the number linked
	 */
	protected abstract long countLinked(Object sourceKey, List<Object> keys);

	@Override
	public List<R> get() {
		return get(Find.all());
	}

	@Override
	public List<R> get(Find find) {
		Assert.notNull(find, "Find must not be null");
		return this.context.queries().findAssociated(this.association, sourceKey(), find);
	}

	@Override
	public boolean has(Object... targets) {
		Assert.notNull(targets, "Targets must not be null");
		Targets wanted = targets(Arrays.asList(targets), linkKey());
		if (wanted.keys().isEmpty()) {
			return true;
		}
		return countLinked(sourceKey(), wanted.keys()) == wanted.keys().size();
	}

	@Override
	public long count() {
		return this.context.queries().countAssociated(this.association, sourceKey(), null);
	}

	@Override
	public long count(Where where) {
		Assert.notNull(where, "Where must not be null");
		return this.context.queries().countAssociated(this.association, sourceKey(), where);
	}

}
