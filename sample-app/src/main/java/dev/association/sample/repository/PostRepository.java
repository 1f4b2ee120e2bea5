package dev.association.sample.repository;

import java.util.List;

import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Comment;
import dev.association.sample.model.Post;

/**
 * Posts and their (polymorphic) comments.
 */
public interface PostRepository extends AssociationRepository<Post, Long> {

	/**
	 * The post's comments: only those whose {@code commentableType} is {@code post}.
	 * @param post the post
	 * @param find order, includes
	 * @return the comments
	 */
	List<Comment> getComments(Post post, Find find);

}
