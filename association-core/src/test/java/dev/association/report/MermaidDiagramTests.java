package dev.association.report;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.metadata.Metamodel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidDiagramTests {

	@Test
	void drawsEveryTableAndEveryAssociationOnceWithItsCardinalityAndAliases() {
		Metamodel metamodel = Metamodel.of(List.of(Author.class, Biography.class, Book.class, Genre.class,
				Publisher.class, Contract.class));
		assertThat(MermaidDiagram.of(metamodel)).isEqualTo("""
				erDiagram
				    authors {
				        Long id PK
				        String pen_name UK
				    }
				    biographies {
				        Long id PK
				        String text
				        Long author_id FK
				    }
				    books {
				        Long id PK
				        String title
				        Long author_id FK
				        Long prequel_id FK
				        Long publisher_id FK
				    }
				    genres {
				        Long id PK
				        String name
				    }
				    publishers {
				        Long id PK
				        String name
				    }
				    contracts {
				        Long id PK
				        Long author_id FK
				        Long publisher_id FK
				        int royalty
				    }
				    book_genres {
				        Long book_id PK, FK
				        Long genre_id PK, FK
				    }
				    authors ||--o| biographies : "biography / author"
				    authors ||--o{ books : "books / author"
				    authors ||--o{ contracts : "publishers"
				    publishers ||--o{ contracts : "publishers"
				    books ||--o{ books : "sequels / prequel"
				    books ||--o{ book_genres : "genres"
				    genres ||--o{ book_genres : "books"
				    publishers ||--o{ books : "publisher"
				""");
	}

	@Test
	void quotesTheNamesMermaidWouldMisreadAndNotesTheRealColumn() {
		Metamodel metamodel = Metamodel.of(List.of(Odd.class));
		assertThat(MermaidDiagram.of(metamodel)).isEqualTo("""
				erDiagram
				    "billing.style" {
				        Long id PK
				        String pk_ "column pk"
				        String price_eur_ "column price$eur$"
				    }
				""");
	}

	@Model(table = "authors")
	static class Author {

		@Id
		Long id;

		@Column(unique = true)
		String penName;

		Biography biography;

		List<Book> books;

		List<Publisher> publishers;

		static void associate(AssociationRegistry registry) {
			registry.model(Author.class)
				.hasOne(Biography.class, (a) -> a.as("biography"))
				.hasMany(Book.class, (a) -> a.as("books"))
				.belongsToMany(Publisher.class, (a) -> a.as("publishers").through(Contract.class));
		}

	}

	@Model(table = "biographies")
	static class Biography {

		@Id
		Long id;

		String text;

		Long authorId;

		Author author;

		static void associate(AssociationRegistry registry) {
			registry.model(Biography.class).belongsTo(Author.class, (a) -> a.as("author"));
		}

	}

	@Model(table = "books")
	static class Book {

		@Id
		Long id;

		String title;

		Long authorId;

		Long prequelId;

		Long publisherId;

		Author author;

		Book prequel;

		List<Book> sequels;

		List<Genre> genres;

		Publisher publisher;

		static void associate(AssociationRegistry registry) {
			registry.model(Book.class)
				.belongsTo(Author.class, (a) -> a.as("author"))
				.hasMany(Book.class, (a) -> a.as("sequels").foreignKey("prequelId"))
				.belongsTo(Book.class, (a) -> a.as("prequel").foreignKey("prequelId"))
				.belongsToMany(Genre.class, (a) -> a.as("genres").through("book_genres"))
				.belongsTo(Publisher.class, (a) -> a.as("publisher"));
		}

	}

	@Model(table = "genres")
	static class Genre {

		@Id
		Long id;

		String name;

		List<Book> books;

		static void associate(AssociationRegistry registry) {
			registry.model(Genre.class).belongsToMany(Book.class, (a) -> a.as("books").through("book_genres"));
		}

	}

	@Model(table = "publishers")
	static class Publisher {

		@Id
		Long id;

		String name;

	}

	@Model(table = "contracts")
	static class Contract {

		@Id
		Long id;

		Long authorId;

		Long publisherId;

		int royalty;

	}

	@Model(schema = "billing", table = "style")
	static class Odd {

		@Id
		Long id;

		String pk;

		@Column(name = "price$eur$")
		String price;

	}

}
