package dev.association.write;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Two belongsToMany sharing one join table, told apart by a through scope: {@code Post.tags} and
 * {@code Comment.tags} through {@code taggings} (a join model with its own id, soft-deleted by {@code deletedAt}),
 * and {@code Post.marks} and {@code Comment.marks} through {@code marks} (a join model keyed by its columns).
 */
final class PolymorphicJoinModels {

	/** Every model here. */
	static final List<Class<?>> ALL = List.of(Post.class, Comment.class, Tag.class, Tagging.class, Mark.class);

	private PolymorphicJoinModels() {
	}

	@Model(table = "posts")
	static class Post {

		@Id Long id;

		String title;

		Post() {
		}

		Post(String title) {
			this.title = title;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Post.class)
				.belongsToMany(Tag.class, (a) -> a.as("tags").through(Tagging.class).foreignKey("taggableId")
					.otherKey("tagId").constraints(false).hooks(true).throughScope("taggableType", "post")
					.throughScope("deletedAt", null))
				.belongsToMany(Tag.class, (a) -> a.as("marks").through(Mark.class).foreignKey("markableId")
					.otherKey("tagId").constraints(false).throughScope("markableType", "post"));
		}

	}

	@Model(table = "comments")
	static class Comment {

		@Id Long id;

		String body;

		Comment() {
		}

		Comment(String body) {
			this.body = body;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Comment.class)
				.belongsToMany(Tag.class, (a) -> a.as("tags").through(Tagging.class).foreignKey("taggableId")
					.otherKey("tagId").constraints(false).hooks(true).throughScope("taggableType", "comment")
					.throughScope("deletedAt", null))
				.belongsToMany(Tag.class, (a) -> a.as("marks").through(Mark.class).foreignKey("markableId")
					.otherKey("tagId").constraints(false).throughScope("markableType", "comment"));
		}

	}

	@Model(table = "tags")
	static class Tag {

		@Id Long id;

		String name;

		Tag() {
		}

		Tag(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Tag.class)
				.belongsToMany(Post.class, (a) -> a.as("posts").through(Tagging.class).foreignKey("tagId")
					.otherKey("taggableId").constraints(false).throughScope("taggableType", "post")
					.throughScope("deletedAt", null))
				.belongsToMany(Comment.class, (a) -> a.as("comments").through(Tagging.class).foreignKey("tagId")
					.otherKey("taggableId").constraints(false).throughScope("taggableType", "comment")
					.throughScope("deletedAt", null));
		}

	}

	@Model(table = "taggings")
	static class Tagging {

		@Id Long id;

		Long taggableId;

		Long tagId;

		String taggableType;

		String note = "none";

		Instant deletedAt;

	}

	@Model(table = "marks")
	static class Mark {

		Long markableId;

		Long tagId;

		String markableType;

	}

}
