package dev.association.sample.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Article {

	@Id public Long id;
	public String title;
	public List<Comment> comments;

	public Article() {
	}

	public Article(String title) {
		this.title = title;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Article.class)
			.hasMany(Comment.class, a -> a.as("comments").foreignKey("commentableId").constraints(false)
				.scope("commentableType", "article"));
	}

}
