package dev.association.sample.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model(table = "categories")
public class Category {

	@Id public Long id;
	@Column(unique = true, nullable = false) public String name;

	public List<Post> posts;

	public static void associate(AssociationRegistry registry) {
		registry.model(Category.class).hasMany(Post.class, a -> a.as("posts"));
	}

}
