package dev.association.benchmarks.multilevel.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A post of the multilevel workload, with its comments and its tags (n:m through {@code ml_post_tags}).
 */
@Model(table = "ml_posts")
public class Post {

	@Id
	public Long id;

	public String title;

	public List<PostComment> comments;

	public List<Tag> tags;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(Post.class)
			.hasMany(PostComment.class, (a) -> a.as("comments").foreignKey("postId"))
			.belongsToMany(Tag.class, (a) -> a.as("tags").through("ml_post_tags").foreignKey("postId").otherKey("tagId"));
	}

}
