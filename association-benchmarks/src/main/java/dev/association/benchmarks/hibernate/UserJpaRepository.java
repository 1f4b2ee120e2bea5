package dev.association.benchmarks.hibernate;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The Spring Data JPA repository of users: one query per fetch step, each with JOIN FETCH for what it loads.
 */
public interface UserJpaRepository extends Repository<UserEntity, Long> {

	/**
	 * Users by id.
	 * @param limit how many
	 * @return the users
	 */
	@Query("select u from UserEntity u order by u.id")
	List<UserEntity> findOrderedById(Limit limit);

	/**
	 * Users by id, each with its profile (an entity join: the user side of the one-to-one is not mapped).
	 * @param limit how many
	 * @return pairs of user and profile (or null)
	 */
	@Query("select u, p from UserEntity u left join ProfileEntity p on p.user = u order by u.id")
	List<Object[]> findWithProfileOrderedById(Limit limit);

	/**
	 * One user with its profile.
	 * @param id the user id
	 * @return one pair of user and profile (or null), or nothing
	 */
	@Query("select u, p from UserEntity u left join ProfileEntity p on p.user = u where u.id = :id")
	List<Object[]> findWithProfileById(@Param("id") Long id);

	/**
	 * Initialises the posts of users that are already loaded.
	 * @param ids the user ids
	 * @return the users
	 */
	@Query("select u from UserEntity u left join fetch u.posts where u.id in :ids")
	List<UserEntity> fetchPosts(@Param("ids") Collection<Long> ids);

	/**
	 * Initialises the roles of users that are already loaded.
	 * @param ids the user ids
	 * @return the users
	 */
	@Query("select u from UserEntity u left join fetch u.roles where u.id in :ids")
	List<UserEntity> fetchRoles(@Param("ids") Collection<Long> ids);

}
