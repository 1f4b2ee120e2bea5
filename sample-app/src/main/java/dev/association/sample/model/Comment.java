package dev.association.sample.model;

import java.time.Instant;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Comment {

	@Id public Long id;
	public Long commentableId;
	public String commentableType;
	public Long commenterId;
	public String body;
	public Instant createdAt;

	public User commenter;

	public Comment() {
	}

	public Comment(String body) {
		this.body = body;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Comment.class).belongsTo(User.class, a -> a.as("commenter"));
	}

}
