package dev.association.sample.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Tag {

	@Id public Long id;
	@Column(unique = true, nullable = false) public String name;
	public List<Product> products;
	public List<Post> posts;

	public Tag() {
	}

	public Tag(String name) {
		this.name = name;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Tag.class)
			.belongsToMany(Product.class, a -> a.as("products").through("item_tags"))
			.belongsToMany(Post.class, a -> a.as("posts").through("post_tags"));
	}

}
