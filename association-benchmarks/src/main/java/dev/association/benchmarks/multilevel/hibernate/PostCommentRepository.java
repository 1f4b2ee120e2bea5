package dev.association.benchmarks.multilevel.hibernate;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The Spring Data JPA repository of W8 comments.
 */
public interface PostCommentRepository extends Repository<PostCommentEntity, Long> {

	/**
	 * Initialises the votes, each with its user, of the comments of posts whose comments are already loaded (the
	 * posts' 50 keys rather than the comments' 1,000).
	 * @param postIds the post ids
	 * @return the comments
	 */
	@Query("select c from MultilevelPostComment c left join fetch c.votes v left join fetch v.user"
			+ " where c.postId in :postIds")
	List<PostCommentEntity> fetchVotesWithUsers(@Param("postIds") Collection<Long> postIds);

}
