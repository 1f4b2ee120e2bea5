package dev.association.query;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Models of the 0.2 query surface: a person with children (an alias given as two words), articles under a
 * condition scope, labels through taggings filtered by {@code throughWhere}, and a nullable score to scroll by.
 */
final class SurfaceModels {

	static final List<Class<?>> ALL = List.of(Person.class, Article.class, Label.class, Tagging.class);

	private SurfaceModels() {
	}

	@Model(table = "sf_people")
	static class Person {

		@Id Long id;

		String name;

		Integer score;

		@Column(nullable = false)
		int seq;

		Long parentId;

		Person parent;

		List<Person> children;

		List<Article> articles;

		List<Label> labels;

		Person() {
		}

		Person(String name, Integer score, int seq, Long parentId) {
			this.name = name;
			this.score = score;
			this.seq = seq;
			this.parentId = parentId;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Person.class)
				.hasMany(Person.class, (a) -> a.as("child", "children").foreignKey("parentId").constraints(false))
				.belongsTo(Person.class, (a) -> a.as("parent").foreignKey("parentId").constraints(false))
				.hasMany(Article.class, (a) -> a.as("articles").foreignKey("personId")
					.scope(Where.and(Where.eq("kind", "blog"), Where.in("status", "draft", "live"))))
				.belongsToMany(Label.class, (a) -> a.as("labels").through(Tagging.class).foreignKey("personId")
					.otherKey("labelId"));
		}

	}

	@Model(table = "sf_articles")
	static class Article {

		@Id Long id;

		Long personId;

		String kind;

		String status;

		String title;

		Article() {
		}

		Article(String title, String status) {
			this.title = title;
			this.status = status;
		}

	}

	@Model(table = "sf_labels")
	static class Label {

		@Id Long id;

		String name;

		Tagging tagging;

	}

	@Model(table = "sf_taggings")
	static class Tagging {

		Long personId;

		Long labelId;

		boolean main;

	}

}
