package dev.association.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.association.query.Find;
import dev.association.query.Where;

/**
 * Sequelize's to-many mixins for one source instance: {@code getPosts}, {@code setPosts}, {@code addPost}, ...
 * Wherever a target is expected, an instance or its primary-key value is accepted.
 * @param <R> the target type
 */
public interface ManyAccessor<R> {

	/**
	 * The associated rows.
	 * @return the rows
	 */
	List<R> get();

	/**
	 * The associated rows that a find describes.
	 * @param find condition, includes, order, limit
	 * @return the rows
	 */
	List<R> get(Find find);

	/**
	 * Replaces the associated rows with these.
	 * @param targets instances or primary keys
	 */
	void set(Collection<?> targets);

	/**
	 * Links these rows; rows already linked are left as they are.
	 * @param targets instances or primary keys
	 */
	void add(Object... targets);

	/**
	 * Links one row with join attributes (belongsToMany); updates them when already linked.
	 * @param target an instance or primary key
	 * @param through the join attributes
	 */
	void add(Object target, Map<String, Object> through);

	/**
	 * Inserts a row linked to the source.
	 * @param target the new row
	 * @return the same instance, with its generated key
	 */
	R create(R target);

	/**
	 * Inserts a row linked to the source with join attributes (belongsToMany).
	 * @param target the new row
	 * @param through the join attributes
	 * @return the same instance, with its generated key
	 */
	R create(R target, Map<String, Object> through);

	/**
	 * Unlinks these rows.
	 * @param targets instances or primary keys
	 */
	void remove(Object... targets);

	/**
	 * Whether all these rows are linked.
	 * @param targets instances or primary keys
	 * @return true when every one is linked
	 */
	boolean has(Object... targets);

	/**
	 * The number of associated rows.
	 * @return the count
	 */
	long count();

	/**
	 * The number of associated rows that match.
	 * @param where the condition
	 * @return the count
	 */
	long count(Where where);

}
