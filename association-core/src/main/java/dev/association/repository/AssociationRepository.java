package dev.association.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * Finds and writes one model's rows, and reaches its associations. Obtain one from
 * {@code associations.repository(User.class)}, or extend it with an interface that the starter implements, adding
 * derived association methods such as {@code List<Post> getPosts(User user)} or {@code void addRole(User, Role)}.
 * @param <T> the model type
 * @param <ID> the primary-key type
 */
@NoRepositoryBean
public interface AssociationRepository<T, ID> extends Repository<T, ID> {

	/**
	 * Every row.
	 * @return the rows, ordered by primary key
	 */
	List<T> findAll();

	/**
	 * The rows a find describes, with its includes loaded.
	 * @param find the find
	 * @return the rows
	 */
	List<T> findAll(Find find);

	/**
	 * The rows a find describes, with its includes, read per batch of {@link Find#batchSize(int)} top-level rows
	 * (default 1,000): each batch is read with its includes before its rows are passed on, so memory holds one
	 * batch, however many rows there are. The stream holds one connection until it is closed (or read to its end),
	 * and joins the Spring transaction when one is active: close it with try-with-resources.
	 * <pre>{@code
	 * try (Stream<User> stream = users.stream(Find.all().include("posts").batchSize(500))) {
	 *     stream.forEach(exporter::write);
	 * }
	 * }</pre>
	 * @param find the find (its order, limit and offset apply to the whole stream)
	 * @return the rows in the find's order
	 */
	Stream<T> stream(Find find);

	/**
	 * The first row a find describes.
	 * @param find the find
	 * @return the row, or empty
	 */
	Optional<T> findOne(Find find);

	/**
	 * The row with this primary key.
	 * @param id the primary key
	 * @return the row, or empty
	 */
	Optional<T> findByPk(ID id);

	/**
	 * The row with this primary key, with the find's includes.
	 * @param id the primary key
	 * @param find includes and attributes (its where is combined with the key)
	 * @return the row, or empty
	 */
	Optional<T> findByPk(ID id, Find find);

	/**
	 * The number of rows.
	 * @return the count
	 */
	long count();

	/**
	 * The number of distinct top-level rows a find describes (required includes filter).
	 * @param find the find
	 * @return the count
	 */
	long count(Find find);

	/**
	 * The rows of a find and the number of rows it matches without its limit and offset (Sequelize's
	 * {@code findAndCountAll}): two statements, or more with to-many includes.
	 * @param find the find
	 * @return the rows and the count
	 */
	FindAndCount<T> findAndCountAll(Find find);

	/**
	 * One page of a find: the pageable's page and size replace the find's limit and offset, and its sort (attribute
	 * names or to-one paths such as {@code author.username}) comes after the find's own order; the total is
	 * {@code count(find)}.
	 * @param find the condition, includes, attributes and order
	 * @param pageable the page
	 * @return the page
	 */
	Page<T> findAll(Find find, Pageable pageable);

	/**
	 * One window of a find, its size the find's limit: {@code ScrollPosition.keyset()} continues after the last row
	 * by the find's order plus the primary key (a row-value condition, never OFFSET), forward or backward;
	 * {@code ScrollPosition.offset()} by offset. Includes are loaded for the window's rows only.
	 * @param find the find, with a limit
	 * @param position where the window starts, e.g. {@code window.positionAt(window.size() - 1)}
	 * @return the window
	 */
	Window<T> scroll(Find find, ScrollPosition position);

	/**
	 * Inserts a row.
	 * @param instance the instance
	 * @return the same instance with its generated key, defaults and timestamps set
	 */
	T create(T instance);

	/**
	 * Inserts rows in batches.
	 * @param instances the instances
	 * @return the same instances with their generated keys, defaults and timestamps set
	 */
	List<T> bulkCreate(List<T> instances);

	/**
	 * Inserts a row with the associated rows its association fields hold, nested to any depth, in one transaction
	 * (Sequelize's {@code create(values, { include })}): belongsTo targets first, then the row, then hasOne/hasMany
	 * children and belongsToMany targets with their join rows; a target whose primary key is set is linked, not
	 * inserted.
	 * @param instance the instance
	 * @param include the associations to save, e.g. {@code Include.of("posts").include("tags")}
	 * @return the same instance, every generated key read back into it and its associated instances
	 */
	T create(T instance, Include... include);

	/**
	 * Inserts a row with the associated rows named by aliases or dotted paths ({@code "posts.tags"}), as
	 * {@link #create(Object, Include...)} does.
	 * @param instance the instance
	 * @param include the aliases or paths
	 * @return the same instance
	 */
	T create(T instance, String... include);

	/**
	 * Inserts rows with their associated rows, as {@link #create(Object, Include...)} does, batched: a constant number
	 * of statements per association level, however many rows.
	 * @param instances the instances
	 * @param include the associations to save
	 * @return the same instances
	 */
	List<T> bulkCreate(List<T> instances, Include... include);

	/**
	 * Inserts a row, or updates every attribute of the row with the same primary key, in one statement; the
	 * createdAt of an existing row is kept, updatedAt set.
	 * @param instance the instance
	 * @return the same instance, with the row's key and createdAt
	 */
	T upsert(T instance);

	/**
	 * Inserts a row, or updates the row whose conflict attributes (the primary key or a unique key) hold the same
	 * values, in one statement.
	 * @param instance the instance
	 * @param conflictAttributes the attributes of a unique key, e.g. {@code "email"}
	 * @return the same instance, with the row's key and createdAt
	 */
	T upsert(T instance, String... conflictAttributes);

	/**
	 * Adds to a numeric attribute of a row in one atomic {@code SET a = a + ?} by primary key (a negative number
	 * decrements), updatedAt set.
	 * @param instance the instance
	 * @param attribute the numeric attribute
	 * @param by the amount
	 * @return the same instance, holding the stored value
	 */
	T increment(T instance, String attribute, Number by);

	/**
	 * Adds to a numeric attribute of every row that matches, in one atomic UPDATE.
	 * @param where the condition
	 * @param attribute the numeric attribute
	 * @param by the amount
	 * @return the number of rows changed
	 */
	int increment(Where where, String attribute, Number by);

	/**
	 * Sets attributes of every row that matches in one UPDATE (Sequelize's bulk {@code Model.update(values, {
	 * where })}), updatedAt set, no per-row hooks.
	 * @param values attribute name to value, checked against the attributes' types
	 * @param where the condition
	 * @return the number of rows changed
	 */
	int update(Map<String, Object> values, Where where);

	/**
	 * Re-reads the row by primary key into the same instance.
	 * @param instance the instance
	 * @return the same instance
	 * @throws dev.association.QueryException when the row no longer exists
	 */
	T reload(T instance);

	/**
	 * Re-reads the row by primary key into the same instance, with the find's includes.
	 * @param instance the instance
	 * @param find includes and attributes
	 * @return the same instance
	 * @throws dev.association.QueryException when the row no longer exists
	 */
	T reload(T instance, Find find);

	/**
	 * The first row that matches, or the defaults created (the values of the condition's {@code eq} atoms copied in
	 * first); when a concurrent caller creates the row first, its unique key refuses this insert and the row is found.
	 * @param where the condition
	 * @param defaults the instance to create when no row matches
	 * @return the row and whether it was created
	 */
	FoundOrCreated<T> findOrCreate(Where where, T defaults);

	/**
	 * Updates a row by its primary key.
	 * @param instance the instance
	 * @return the same instance, with updatedAt set
	 */
	T update(T instance);

	/**
	 * Deletes a row (and, with {@code hooks(true)} cascades, its children one by one); a paranoid model's row is
	 * soft-deleted: its {@code deletedAt} and {@code updatedAt} are set, unless it is soft-deleted already.
	 * @param instance the instance
	 */
	void destroy(T instance);

	/**
	 * Deletes the rows that match; a paranoid model's rows not yet soft-deleted are soft-deleted.
	 * @param where the condition
	 * @return the number of rows deleted or soft-deleted
	 */
	int destroy(Where where);

	/**
	 * Deletes a row, even of a paranoid model, through the database's ON DELETE rules as {@link #destroy(Object)}
	 * does for other models.
	 * @param instance the instance
	 */
	void forceDestroy(T instance);

	/**
	 * Deletes the rows that match, soft-deleted ones of a paranoid model included.
	 * @param where the condition
	 * @return the number of rows deleted
	 */
	int forceDestroy(Where where);

	/**
	 * Restores a soft-deleted row of a paranoid model: its {@code deletedAt} back to null, {@code updatedAt} set,
	 * restore hooks run.
	 * @param instance the instance
	 */
	void restore(T instance);

	/**
	 * Restores the soft-deleted rows of a paranoid model that match.
	 * @param where the condition
	 * @return the number of rows restored
	 */
	int restore(Where where);

	/**
	 * The accessor of a to-many association (hasMany, belongsToMany) of one instance.
	 * @param <R> the target type
	 * @param instance the source instance
	 * @param alias the association alias
	 * @return the accessor
	 */
	<R> ManyAccessor<R> many(T instance, String alias);

	/**
	 * The accessor of a to-one association (hasOne, belongsTo) of one instance.
	 * @param <R> the target type
	 * @param instance the source instance
	 * @param alias the association alias
	 * @return the accessor
	 */
	<R> OneAccessor<R> one(T instance, String alias);

}
