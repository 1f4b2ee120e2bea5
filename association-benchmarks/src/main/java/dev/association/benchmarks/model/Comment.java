package dev.association.benchmarks.model;

import java.time.Instant;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A comment on a post, by a user (the commenter).
 */
@Model(table = "comments")
public class Comment {

	@Id
	public Long id;

	public Long postId;

	public Long commenterId;

	public String body;

	public Instant createdAt;

	public Post post;

	public User commenter;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(Comment.class)
			.belongsTo(Post.class, (a) -> a.as("post").foreignKey("postId"))
			.belongsTo(User.class, (a) -> a.as("commenter").foreignKey("commenterId"));
	}

}
