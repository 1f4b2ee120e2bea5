package dev.association.benchmarks.hibernate;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The Spring Data JPA repository of posts.
 */
public interface PostJpaRepository extends Repository<PostEntity, Long> {

	/**
	 * Posts by id, each with its author (JOIN FETCH of a to-one: pagination stays in SQL).
	 * @param limit how many
	 * @return the posts
	 */
	@Query("select p from PostEntity p left join fetch p.author order by p.id")
	List<PostEntity> findWithAuthorOrderedById(Limit limit);

	/**
	 * Initialises the tags of posts that are already loaded.
	 * @param ids the post ids
	 * @return the posts
	 */
	@Query("select p from PostEntity p left join fetch p.tags where p.id in :ids")
	List<PostEntity> fetchTags(@Param("ids") Collection<Long> ids);

	/**
	 * Initialises the comments of posts that are already loaded.
	 * @param ids the post ids
	 * @return the posts
	 */
	@Query("select p from PostEntity p left join fetch p.comments where p.id in :ids")
	List<PostEntity> fetchComments(@Param("ids") Collection<Long> ids);

	/**
	 * Initialises the comments, with their commenters, of the posts of users whose posts are already loaded.
	 * @param authorIds the user ids
	 * @return the posts
	 */
	@Query("select p from PostEntity p left join fetch p.comments c left join fetch c.commenter where p.authorId in :authorIds")
	List<PostEntity> fetchCommentsWithCommenters(@Param("authorIds") Collection<Long> authorIds);

	/**
	 * The latest posts of each user: a window function in a derived table, which HQL has since Hibernate 6.
	 * @param authorIds the user ids
	 * @param perAuthor how many posts per user
	 * @return the posts, by author and newest first
	 */
	@Query("""
			select p from PostEntity p join (
				select p2.id as id, row_number() over (partition by p2.authorId order by p2.createdAt desc) as rn
				from PostEntity p2 where p2.authorId in :authorIds) ranked on ranked.id = p.id
			where ranked.rn <= :perAuthor
			order by p.authorId, p.createdAt desc""")
	List<PostEntity> findLatestOfAuthors(@Param("authorIds") Collection<Long> authorIds,
			@Param("perAuthor") long perAuthor);

}
