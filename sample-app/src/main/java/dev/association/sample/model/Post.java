package dev.association.sample.model;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model(paranoid = true)
public class Post {

	@Id public Long id;
	public Long authorId;
	public Long categoryId;
	public String title;
	public String body;
	public boolean published;
	public Instant createdAt;
	public Instant updatedAt;
	public Instant deletedAt;

	public User author;
	public Category category;
	public List<Comment> comments;
	public List<Tag> tags;
	public List<User> likers;
	public Like like;

	public Post() {
	}

	public Post(String title) {
		this.title = title;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Post.class)
			.belongsTo(User.class, a -> a.as("author"))
			.belongsTo(Category.class, a -> a.as("category"))
			.hasMany(Comment.class, a -> a.as("comments").foreignKey("commentableId").constraints(false)
				.scope("commentableType", "post"))
			.belongsToMany(Tag.class, a -> a.as("tags").through("post_tags"))
			.belongsToMany(User.class, a -> a.as("likers").through(Like.class));
	}

}
