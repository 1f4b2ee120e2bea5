package dev.association.benchmarks.model;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A blog post, written by a user, with comments and tags.
 */
@Model(table = "posts")
public class Post {

	@Id
	public Long id;

	public Long authorId;

	public String title;

	public String body;

	public boolean published;

	public Instant createdAt;

	public User author;

	public List<Comment> comments;

	public List<Tag> tags;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(Post.class)
			.belongsTo(User.class, (a) -> a.as("author").foreignKey("authorId"))
			.hasMany(Comment.class, (a) -> a.as("comments").foreignKey("postId"))
			.belongsToMany(Tag.class, (a) -> a.as("tags").through("post_tags"));
	}

}
