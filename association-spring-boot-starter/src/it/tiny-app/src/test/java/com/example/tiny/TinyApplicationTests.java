package com.example.tiny;

import java.util.List;

import dev.association.Associations;
import dev.association.engine.Engine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class TinyApplicationTests {

	@Autowired
	private Associations associations;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theStarterFindsTheModelsAndCreatesTheSchemaFromApplicationYml() {
		assertThat(Engine.of(this.associations).metamodel().models()).extracting((model) -> model.name())
			.containsExactly("Author", "Book");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN ('AUTHORS', 'BOOKS')",
				Integer.class)).isEqualTo(2);
	}

	@Test
	void theRepositoryBeanReadsAndWritesAssociations() {
		Author author = new Author();
		author.name = "Ursula";
		this.authors.create(author);
		Book book = new Book();
		book.title = "A Wizard of Earthsea";
		this.authors.createBook(author, book);
		assertThat(book.authorId).isEqualTo(author.id);
		assertThat(this.authors.countBooks(author)).isEqualTo(1);
		List<Book> books = this.authors.getBooks(author);
		assertThat(books).extracting((b) -> b.title).containsExactly("A Wizard of Earthsea");
	}

}
