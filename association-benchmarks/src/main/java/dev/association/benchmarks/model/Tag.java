package dev.association.benchmarks.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A tag on posts (n:m through {@code post_tags}).
 */
@Model(table = "tags")
public class Tag {

	@Id
	public Long id;

	public String name;

	public List<Post> posts;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(Tag.class).belongsToMany(Post.class, (a) -> a.as("posts").through("post_tags"));
	}

}
