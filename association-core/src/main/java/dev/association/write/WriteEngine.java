package dev.association.write;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.association.QueryException;
import dev.association.execution.EngineContext;
import dev.association.execution.Operation;
import dev.association.execution.QueryEngine;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.repository.FoundOrCreated;
import dev.association.repository.ManyAccessor;
import dev.association.repository.OneAccessor;

/**
 * Inserts, updates and deletes model rows, and hands out the association accessors; every multi-statement write
 * runs in one transaction, joining the caller's Spring transaction when there is one.
 */
public final class WriteEngine {

	private final WriteContext context;

	private final ModelWriter rows;

	private final Destroyer destroyer;

	private final WriteConflicts conflicts;

	private final Restorer restorer;

	private final GraphCreator graphs;

	private final Upserter upserts;

	private final BulkUpdater updates;

	private final Reloader reloads;

	private final FindOrCreator finds;

	/**
	 * A write engine on the system clock.
	 * @param context the engine context
	 * @param queries the query engine that the accessors' reads go through
	 */
	public WriteEngine(EngineContext context, QueryEngine queries) {
		this(context, queries, Clock.systemDefaultZone());
	}

	/**
	 * A write engine whose timestamps come from a clock.
	 * @param context the engine context
	 * @param queries the query engine that the accessors' reads go through
	 * @param clock the clock of createdAt and updatedAt (its zone for LocalDateTime attributes)
	 */
	public WriteEngine(EngineContext context, QueryEngine queries, Clock clock) {
		this.context = new WriteContext(context, queries, clock);
		this.rows = new ModelWriter(this.context);
		this.destroyer = new Destroyer(this.context);
		this.conflicts = this.context.conflicts();
		this.restorer = new Restorer(this.context);
		this.graphs = new GraphCreator(this.context, this.rows);
		this.upserts = new Upserter(this.context);
		this.updates = new BulkUpdater(this.context);
		this.reloads = new Reloader(this.context);
		this.finds = new FindOrCreator(this.context, this.rows);
	}

	/**
	 * Inserts a row: a UUID key generated when null, createdAt/updatedAt set, create hooks run, a generated key read
	 * back into the instance.
	 * @param <T> the model type
	 * @param model the model
	 * @param instance the instance
	 * @return the same instance
	 */
	public <T> T create(ModelMetadata model, T instance) {
		checkInstance(model, instance);
		return Operation.run("create", model,
				() -> this.conflicts.retrying("create " + model.name(), () -> this.rows.create(model, instance)));
	}

	/**
	 * Inserts rows, one JDBC batch per chunk, generated keys read back; in one transaction.
	 * @param <T> the model type
	 * @param model the model
	 * @param instances the instances
	 * @return the same instances
	 */
	public <T> List<T> bulkCreate(ModelMetadata model, List<T> instances) {
		instances.forEach((instance) -> checkInstance(model, instance));
		// not run again after a conflict: the keys of the chunks inserted before it are already in the instances
		return Operation.run("bulkCreate", model,
				() -> this.conflicts.once("bulkCreate " + model.name(), () -> this.rows.bulkCreate(model, instances)));
	}

	/**
	 * Inserts a row with the rows its included association fields hold, nested, in one transaction (see
	 * {@link GraphCreator}).
	 * @param <T> the model type
	 * @param model the model
	 * @param instance the instance
	 * @param includes the associations to save; none is a plain {@link #create(ModelMetadata, Object)}
	 * @return the same instance
	 */
	public <T> T create(ModelMetadata model, T instance, List<Include> includes) {
		if (includes.isEmpty()) {
			return create(model, instance);
		}
		checkInstance(model, instance);
		return Operation.run("create", model, () -> this.conflicts.once("create " + model.name() + " with "
				+ includes, () -> this.graphs.create(model, List.of(instance), includes).get(0)));
	}

	/**
	 * Inserts rows with the rows their included association fields hold, a constant number of statements per
	 * association level, in one transaction.
	 * @param <T> the model type
	 * @param model the model
	 * @param instances the instances
	 * @param includes the associations to save; none is a plain {@link #bulkCreate(ModelMetadata, List)}
	 * @return the same instances
	 */
	public <T> List<T> bulkCreate(ModelMetadata model, List<T> instances, List<Include> includes) {
		if (includes.isEmpty()) {
			return bulkCreate(model, instances);
		}
		instances.forEach((instance) -> checkInstance(model, instance));
		return Operation.run("bulkCreate", model, () -> this.conflicts.once("bulkCreate " + model.name() + " with "
				+ includes, () -> this.graphs.create(model, instances, includes)));
	}

	/**
	 * Inserts a row or updates the row with the same key in one statement (see {@link Upserter}).
	 * @param <T> the model type
	 * @param model the model
	 * @param instance the instance
	 * @param conflictAttributes the attributes of a unique key, or none for the primary key
	 * @return the same instance
	 */
	public <T> T upsert(ModelMetadata model, T instance, List<String> conflictAttributes) {
		checkInstance(model, instance);
		return Operation.run("upsert", model, () -> this.conflicts.retrying("upsert " + model.name(),
				() -> this.upserts.upsert(model, instance, conflictAttributes)));
	}

	/**
	 * Adds to a numeric attribute of one row atomically, the stored value read back into the instance.
	 * @param <T> the model type
	 * @param model the model
	 * @param instance the instance
	 * @param attribute the attribute
	 * @param by the amount
	 * @return the same instance
	 */
	public <T> T increment(ModelMetadata model, T instance, String attribute, Number by) {
		checkInstance(model, instance);
		return Operation.run("increment", model, () -> this.conflicts.retrying("increment " + describe(model, instance),
				() -> this.updates.increment(model, instance, attribute, by)));
	}

	/**
	 * Adds to a numeric attribute of every matching row in one UPDATE.
	 * @param model the model
	 * @param where the condition
	 * @param attribute the attribute
	 * @param by the amount
	 * @return the number of rows changed
	 */
	public int increment(ModelMetadata model, Where where, String attribute, Number by) {
		return Operation.run("increment", model, () -> this.conflicts.retrying("increment the " + model.name()
				+ " rows matching " + where, () -> this.updates.increment(model, where, attribute, by)));
	}

	/**
	 * Sets attributes of every matching row in one UPDATE, updatedAt set, no hooks.
	 * @param model the model
	 * @param values attribute name to value
	 * @param where the condition
	 * @return the number of rows changed
	 */
	public int update(ModelMetadata model, Map<String, Object> values, Where where) {
		return Operation.run("update", model, () -> this.conflicts.retrying("update the " + model.name()
				+ " rows matching " + where, () -> this.updates.update(model, values, where)));
	}

	/**
	 * Re-reads a row into the same instance.
	 * @param <T> the model type
	 * @param model the model
	 * @param instance the instance
	 * @param find includes and attributes
	 * @return the same instance
	 */
	public <T> T reload(ModelMetadata model, T instance, Find find) {
		checkInstance(model, instance);
		return this.reloads.reload(model, instance, find);
	}

	/**
	 * The first row matching a condition, or the defaults created (see {@link FindOrCreator}).
	 * @param <T> the model type
	 * @param model the model
	 * @param where the condition
	 * @param defaults the instance to create
	 * @return the row and whether it was created
	 */
	public <T> FoundOrCreated<T> findOrCreate(ModelMetadata model, Where where, T defaults) {
		checkInstance(model, defaults);
		return Operation.run("findOrCreate", model, () -> this.conflicts.retrying("findOrCreate " + model.name(),
				() -> this.finds.findOrCreate(model, where, defaults)));
	}

	/**
	 * Updates every attribute of a row by its key, updatedAt set, update hooks run.
	 * @param <T> the model type
	 * @param model the model
	 * @param instance the instance
	 * @return the same instance
	 */
	public <T> T update(ModelMetadata model, T instance) {
		checkInstance(model, instance);
		return Operation.run("update", model, () -> this.conflicts.retrying("update " + describe(model, instance),
				() -> this.rows.update(model, instance)));
	}

	/**
	 * Deletes a row, or soft-deletes it when the model is paranoid; with destroy hooks or {@code hooks(true)}
	 * cascades, children first, one by one, in one transaction.
	 * @param model the model
	 * @param instance the instance
	 */
	public void destroy(ModelMetadata model, Object instance) {
		destroy("destroy", model, instance, false);
	}

	/**
	 * Deletes a row, a paranoid model's too, through the database's ON DELETE rules.
	 * @param model the model
	 * @param instance the instance
	 */
	public void forceDestroy(ModelMetadata model, Object instance) {
		destroy("forceDestroy", model, instance, true);
	}

	private void destroy(String operation, ModelMetadata model, Object instance, boolean force) {
		checkInstance(model, instance);
		Operation.run(operation, model, () -> this.conflicts.retrying(operation + " " + describe(model, instance),
				() -> this.destroyer.destroy(model, instance, force)));
	}

	/**
	 * Deletes (or, for a paranoid model, soft-deletes) the rows that match: one statement, or row by row when the
	 * model has destroy hooks or {@code hooks(true)} cascades.
	 * @param model the model
	 * @param where the condition on the model's attributes
	 * @return the number of rows deleted or soft-deleted
	 */
	public int destroy(ModelMetadata model, Where where) {
		return destroy("destroy", model, where, false);
	}

	/**
	 * Deletes the rows that match, a paranoid model's soft-deleted rows too.
	 * @param model the model
	 * @param where the condition on the model's attributes
	 * @return the number of rows deleted
	 */
	public int forceDestroy(ModelMetadata model, Where where) {
		return destroy("forceDestroy", model, where, true);
	}

	private int destroy(String operation, ModelMetadata model, Where where, boolean force) {
		return Operation.run(operation, model,
				() -> this.conflicts.retrying(operation + " the " + model.name() + " rows matching " + where,
						() -> this.destroyer.destroy(model, where, force)));
	}

	/**
	 * Restores a soft-deleted row of a paranoid model: {@code deletedAt} back to null, restore hooks run.
	 * @param model the paranoid model
	 * @param instance the instance
	 */
	public void restore(ModelMetadata model, Object instance) {
		checkInstance(model, instance);
		Operation.run("restore", model, () -> this.conflicts.retrying("restore " + describe(model, instance),
				() -> this.restorer.restore(model, instance)));
	}

	/**
	 * Restores the soft-deleted rows of a paranoid model that match.
	 * @param model the paranoid model
	 * @param where the condition on the model's attributes
	 * @return the number of rows restored
	 */
	public int restore(ModelMetadata model, Where where) {
		return Operation.run("restore", model,
				() -> this.conflicts.retrying("restore the " + model.name() + " rows matching " + where,
						() -> this.restorer.restore(model, where)));
	}

	/**
	 * The accessor of a hasMany or belongsToMany of one instance.
	 * @param <R> the target type
	 * @param model the source model
	 * @param instance the source instance
	 * @param alias the alias
	 * @return the accessor
	 */
	public <R> ManyAccessor<R> many(ModelMetadata model, Object instance, String alias) {
		checkInstance(model, instance);
		AssociationMetadata association = model.association(alias);
		return switch (association.kind()) {
			case HAS_MANY -> new OperationManyAccessor<>(association, this.conflicts,
					new HasManyAccessor<>(this.context, this.rows, association, instance));
			case BELONGS_TO_MANY -> new OperationManyAccessor<>(association, this.conflicts,
					new BelongsToManyAccessor<>(this.context, this.rows, association, instance));
			case HAS_ONE, BELONGS_TO -> throw new QueryException(association.describe() + " is a "
					+ association.kind().label() + " association, which holds one row: use one(" + lowerName(model)
					+ ", \"" + alias + "\"), not many(...).");
		};
	}

	/**
	 * The accessor of a hasOne or belongsTo of one instance.
	 * @param <R> the target type
	 * @param model the source model
	 * @param instance the source instance
	 * @param alias the alias
	 * @return the accessor
	 */
	public <R> OneAccessor<R> one(ModelMetadata model, Object instance, String alias) {
		checkInstance(model, instance);
		AssociationMetadata association = model.association(alias);
		return switch (association.kind()) {
			case HAS_ONE -> new OperationOneAccessor<>(association, this.conflicts,
					new HasOneAccessor<>(this.context, this.rows, association, instance));
			case BELONGS_TO -> new OperationOneAccessor<>(association, this.conflicts,
					new BelongsToAccessor<>(this.context, this.rows, association, instance));
			case HAS_MANY, BELONGS_TO_MANY -> throw new QueryException(association.describe() + " is a "
					+ association.kind().label() + " association, which holds many rows: use many(" + lowerName(model)
					+ ", \"" + alias + "\"), not one(...).");
		};
	}

	private static void checkInstance(ModelMetadata model, Object instance) {
		Class<?> type = model.type();
		if (type != null && !type.isInstance(instance)) {
			throw new QueryException("Expected a " + model.name() + " instance; got a " + instance.getClass().getName() + ".");
		}
	}

	private static String describe(ModelMetadata model, Object instance) {
		Attribute id = model.id();
		return (id != null) ? model.name() + " (" + id.name() + " " + id.get(instance) + ")" : model.name();
	}

	private static String lowerName(ModelMetadata model) {
		return Character.toLowerCase(model.name().charAt(0)) + model.name().substring(1);
	}

}
