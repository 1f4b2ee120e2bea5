package dev.association.benchmarks.multilevel.hibernate;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The Spring Data JPA repository of W8 posts: one JOIN FETCH query per step.
 */
public interface PostRepository extends Repository<PostEntity, Long> {

	/**
	 * The posts of an id range ordered by id, each with its comments: one collection, so no cartesian product, and
	 * the range is a condition, not a limit, so nothing is paginated in memory. Hibernate 6 returns each post once.
	 * @param first the first id
	 * @param last the last id
	 * @return the posts
	 */
	@Query("select p from MultilevelPost p left join fetch p.comments where p.id between :first and :last order by p.id")
	List<PostEntity> findWithCommentsByIdBetween(@Param("first") long first, @Param("last") long last);

	/**
	 * Initialises the tags of posts that are already loaded.
	 * @param ids the post ids
	 * @return the posts
	 */
	@Query("select p from MultilevelPost p left join fetch p.tags where p.id in :ids")
	List<PostEntity> fetchTags(@Param("ids") Collection<Long> ids);

}
