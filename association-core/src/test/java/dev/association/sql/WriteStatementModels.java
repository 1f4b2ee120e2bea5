package dev.association.sql;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Small models for rendering write statements without a database: a generated key with timestamps, a scoped hasMany
 * and its belongsTo, a belongsToMany through an engine-defined join table, and a polymorphic, soft-deleted join
 * model with its own key and a target scope.
 */
final class WriteStatementModels {

	/** Every model here. */
	static final List<Class<?>> ALL = List.of(Author.class, Book.class, Genre.class, Label.class, Labelling.class);

	private WriteStatementModels() {
	}

	@Model(table = "authors")
	static class Author {

		@Id Long id;

		String name;

		Instant createdAt;

		Instant updatedAt;

		static void associate(AssociationRegistry registry) {
			registry.model(Author.class)
				.hasMany(Book.class, (a) -> a.as("drafts").foreignKey("authorId").scope("status", "draft"))
				.belongsToMany(Genre.class, (a) -> a.as("genres").through("author_genres"));
		}

	}

	@Model(table = "books")
	static class Book {

		@Id Long id;

		Long authorId;

		String status;

		String title;

		Instant updatedAt;

		static void associate(AssociationRegistry registry) {
			registry.model(Book.class)
				.belongsTo(Author.class, (a) -> a.as("author").foreignKey("authorId"))
				.belongsToMany(Label.class, (a) -> a.as("labels").through(Labelling.class).foreignKey("labelledId")
					.otherKey("labelId").constraints(false).scope("kind", "topic")
					.throughScope("labelledType", "book").throughScope("deletedAt", null));
		}

	}

	@Model(table = "genres")
	static class Genre {

		@Id Long id;

		String name;

	}

	@Model(table = "labels")
	static class Label {

		@Id Long id;

		String kind;

	}

	@Model(table = "labellings")
	static class Labelling {

		@Id Long id;

		Long labelledId;

		Long labelId;

		String labelledType;

		String note = "none";

		Instant deletedAt;

		Instant updatedAt;

	}

}
