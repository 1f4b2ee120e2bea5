package dev.association.paranoid;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * The models of the soft-delete tests: paranoid authors with a paranoid bio (no updatedAt, OffsetDateTime
 * deletedAt), paranoid articles cascading with hooks to plain remarks, and paranoid labels through a paranoid join
 * model with its own key and a LocalDateTime deletedAt.
 */
final class ParanoidModels {

	static final List<Class<?>> ALL = List.of(Author.class, Bio.class, Article.class, Remark.class, Label.class,
			Tagging.class, Shelf.class);

	private ParanoidModels() {
	}

	@Model(table = "authors", paranoid = true)
	static class Author {

		@Id
		Long id;

		String name;

		Instant createdAt;

		Instant updatedAt;

		Instant deletedAt;

		Bio bio;

		List<Article> articles;

		List<Label> labels;

		Author() {
		}

		Author(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Author.class)
				.hasOne(Bio.class, (a) -> a.as("bio").foreignKey("authorId").onDelete(ReferentialAction.CASCADE))
				.hasMany(Article.class,
						(a) -> a.as("articles").foreignKey("authorId").onDelete(ReferentialAction.CASCADE).hooks(true))
				.belongsToMany(Label.class, (a) -> a.as("labels").through(Tagging.class).foreignKey("authorId")
					.otherKey("labelId").onDelete(ReferentialAction.CASCADE).hooks(true));
		}

	}

	@Model(table = "bios", paranoid = true)
	static class Bio {

		@Id
		Long id;

		String text;

		Long authorId;

		OffsetDateTime deletedAt;

		Bio() {
		}

		Bio(String text) {
			this.text = text;
		}

	}

	@Model(table = "articles", paranoid = true)
	static class Article {

		@Id
		Long id;

		String title;

		Long authorId;

		Instant updatedAt;

		Instant deletedAt;

		Author author;

		List<Remark> remarks;

		Article() {
		}

		Article(String title) {
			this.title = title;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Article.class)
				.belongsTo(Author.class, (a) -> a.as("author").foreignKey("authorId"))
				.hasMany(Remark.class,
						(a) -> a.as("remarks").foreignKey("articleId").onDelete(ReferentialAction.CASCADE).hooks(true));
		}

	}

	@Model(table = "remarks")
	static class Remark {

		@Id
		Long id;

		String body;

		Long articleId;

		Remark() {
		}

		Remark(String body) {
			this.body = body;
		}

	}

	@Model(table = "labels", paranoid = true)
	static class Label {

		@Id
		Long id;

		String name;

		Instant deletedAt;

		Tagging tagging;

		List<Author> authors;

		Label() {
		}

		Label(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Label.class)
				.belongsToMany(Author.class,
						(a) -> a.as("authors").through(Tagging.class).foreignKey("labelId").otherKey("authorId"));
		}

	}

	@Model(table = "taggings", paranoid = true)
	static class Tagging {

		@Id
		Long id;

		Long authorId;

		Long labelId;

		String note = "none";

		Instant updatedAt;

		LocalDateTime deletedAt;

	}

	/** A model that is not paranoid, to compare statements with. */
	@Model(table = "shelves")
	static class Shelf {

		@Id
		Long id;

		String name;

	}

}
