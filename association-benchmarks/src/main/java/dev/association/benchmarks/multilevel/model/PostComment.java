package dev.association.benchmarks.multilevel.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A comment on a post, with the votes users gave it.
 */
@Model(table = "ml_post_comments")
public class PostComment {

	@Id
	public Long id;

	public Long postId;

	public String review;

	public List<UserVote> votes;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(PostComment.class).hasMany(UserVote.class, (a) -> a.as("votes").foreignKey("commentId"));
	}

}
