package dev.association.repository.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.association.execution.QueryEngine;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.FindAndCount;
import dev.association.repository.FoundOrCreated;
import dev.association.repository.ManyAccessor;
import dev.association.repository.OneAccessor;
import dev.association.write.WriteEngine;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.util.Assert;

/**
 * The facade behind {@code associations.repository(User.class)} and every repository interface: reads go to the
 * {@link QueryEngine}, writes and accessors to the {@link WriteEngine}.
 * @param <T> the model type
 * @param <ID> the key type
 */
public class SimpleAssociationRepository<T, ID> implements AssociationRepository<T, ID> {

	private final ModelMetadata model;

	private final QueryEngine queries;

	private final WriteEngine writes;

	private final FindWindows windows;

	public SimpleAssociationRepository(ModelMetadata model, QueryEngine queries, WriteEngine writes) {
		this.model = model;
		this.queries = queries;
		this.writes = writes;
		this.windows = new FindWindows(model);
	}

	/**
	 * The model this repository serves.
	 * @return the model metadata
	 */
	public ModelMetadata model() {
		return this.model;
	}

	@Override
	public List<T> findAll() {
		return findAll(Find.all());
	}

	@Override
	public List<T> findAll(Find find) {
		Assert.notNull(find, "Find must not be null");
		return this.queries.findAll(this.model, find);
	}

	@Override
	public Stream<T> stream(Find find) {
		Assert.notNull(find, "Find must not be null");
		return this.queries.stream(this.model, find);
	}

	@Override
	public Optional<T> findOne(Find find) {
		Assert.notNull(find, "Find must not be null");
		List<T> rows = this.queries.findAll(this.model, find.limit(1));
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	@Override
	public Optional<T> findByPk(ID id) {
		return findByPk(id, Find.all());
	}

	@Override
	public Optional<T> findByPk(ID id, Find find) {
		Assert.notNull(id, "Primary key must not be null");
		Assert.notNull(find, "Find must not be null");
		List<T> rows = this.queries.findByPk(this.model, id, find);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	@Override
	public long count() {
		return count(Find.all());
	}

	@Override
	public long count(Find find) {
		Assert.notNull(find, "Find must not be null");
		return this.queries.count(this.model, find);
	}

	@Override
	public FindAndCount<T> findAndCountAll(Find find) {
		Assert.notNull(find, "Find must not be null");
		List<T> rows = findAll(find);
		return new FindAndCount<>(rows, count(find));
	}

	@Override
	public Page<T> findAll(Find find, Pageable pageable) {
		Assert.notNull(find, "Find must not be null");
		Assert.notNull(pageable, "Pageable must not be null");
		return this.windows.page(find, pageable, this::findAll, this::count);
	}

	@Override
	public Window<T> scroll(Find find, ScrollPosition position) {
		Assert.notNull(find, "Find must not be null");
		Assert.notNull(position, "Scroll position must not be null");
		return this.windows.scroll(find, position, this::findAll);
	}

	@Override
	public T create(T instance) {
		Assert.notNull(instance, "Instance must not be null");
		return this.writes.create(this.model, instance);
	}

	@Override
	public List<T> bulkCreate(List<T> instances) {
		Assert.notNull(instances, "Instances must not be null");
		return this.writes.bulkCreate(this.model, instances);
	}

	@Override
	public T create(T instance, Include... include) {
		Assert.notNull(instance, "Instance must not be null");
		Assert.noNullElements(include, "Includes must not be null");
		return this.writes.create(this.model, instance, List.of(include));
	}

	@Override
	public T create(T instance, String... include) {
		Assert.notNull(instance, "Instance must not be null");
		Assert.noNullElements(include, "Includes must not be null");
		return this.writes.create(this.model, instance, Arrays.stream(include).map(Include::path).toList());
	}

	@Override
	public List<T> bulkCreate(List<T> instances, Include... include) {
		Assert.notNull(instances, "Instances must not be null");
		Assert.noNullElements(include, "Includes must not be null");
		return this.writes.bulkCreate(this.model, instances, List.of(include));
	}

	@Override
	public T upsert(T instance) {
		Assert.notNull(instance, "Instance must not be null");
		return this.writes.upsert(this.model, instance, List.of());
	}

	@Override
	public T upsert(T instance, String... conflictAttributes) {
		Assert.notNull(instance, "Instance must not be null");
		Assert.noNullElements(conflictAttributes, "Conflict attributes must not be null");
		return this.writes.upsert(this.model, instance, List.of(conflictAttributes));
	}

	@Override
	public T increment(T instance, String attribute, Number by) {
		Assert.notNull(instance, "Instance must not be null");
		Assert.hasText(attribute, "Attribute must not be empty");
		Assert.notNull(by, "The amount must not be null");
		return this.writes.increment(this.model, instance, attribute, by);
	}

	@Override
	public int increment(Where where, String attribute, Number by) {
		Assert.notNull(where, "Where must not be null");
		Assert.hasText(attribute, "Attribute must not be empty");
		Assert.notNull(by, "The amount must not be null");
		return this.writes.increment(this.model, where, attribute, by);
	}

	@Override
	public int update(Map<String, Object> values, Where where) {
		Assert.notNull(values, "Values must not be null");
		Assert.notNull(where, "Where must not be null");
		return this.writes.update(this.model, values, where);
	}

	@Override
	public T reload(T instance) {
		return reload(instance, Find.all());
	}

	@Override
	public T reload(T instance, Find find) {
		Assert.notNull(instance, "Instance must not be null");
		Assert.notNull(find, "Find must not be null");
		return this.writes.reload(this.model, instance, find);
	}

	@Override
	public FoundOrCreated<T> findOrCreate(Where where, T defaults) {
		Assert.notNull(where, "Where must not be null");
		Assert.notNull(defaults, "Defaults must not be null");
		return this.writes.findOrCreate(this.model, where, defaults);
	}

	@Override
	public T update(T instance) {
		Assert.notNull(instance, "Instance must not be null");
		return this.writes.update(this.model, instance);
	}

	@Override
	public void destroy(T instance) {
		Assert.notNull(instance, "Instance must not be null");
		this.writes.destroy(this.model, instance);
	}

	@Override
	public int destroy(Where where) {
		Assert.notNull(where, "Where must not be null");
		return this.writes.destroy(this.model, where);
	}

	@Override
	public void forceDestroy(T instance) {
		Assert.notNull(instance, "Instance must not be null");
		this.writes.forceDestroy(this.model, instance);
	}

	@Override
	public int forceDestroy(Where where) {
		Assert.notNull(where, "Where must not be null");
		return this.writes.forceDestroy(this.model, where);
	}

	@Override
	public void restore(T instance) {
		Assert.notNull(instance, "Instance must not be null");
		this.writes.restore(this.model, instance);
	}

	@Override
	public int restore(Where where) {
		Assert.notNull(where, "Where must not be null");
		return this.writes.restore(this.model, where);
	}

	@Override
	public <R> ManyAccessor<R> many(T instance, String alias) {
		Assert.notNull(instance, "Instance must not be null");
		return this.writes.many(this.model, instance, alias);
	}

	@Override
	public <R> OneAccessor<R> one(T instance, String alias) {
		Assert.notNull(instance, "Instance must not be null");
		return this.writes.one(this.model, instance, alias);
	}

}
