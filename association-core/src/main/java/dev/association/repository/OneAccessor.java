package dev.association.repository;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Sequelize's to-one mixins for one source instance: {@code getProfile}, {@code setProfile},
 * {@code createProfile}.
 * @param <R> the target type
 */
public interface OneAccessor<R> {

	/**
	 * The associated row.
	 * @return the row, or empty
	 */
	Optional<R> get();

	/**
	 * Links this row (an instance or a primary key), or unlinks with null.
	 * @param target the target, or null
	 */
	void set(@Nullable Object target);

	/**
	 * Inserts a row and links it.
	 * @param target the new row
	 * @return the same instance, with its generated key
	 */
	R create(R target);

}
