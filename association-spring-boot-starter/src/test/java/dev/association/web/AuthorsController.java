package dev.association.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.repository.domain.Author;
import dev.association.repository.domain.AuthorGenre;
import dev.association.repository.domain.Biography;
import dev.association.repository.domain.Book;
import dev.association.repository.domain.Genre;
import dev.association.testing.StatementCounter;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handlers with {@code @FindQuery} parameters over the core's test models on H2; they keep every {@link Find} they
 * are given and run it, counting statements.
 */
@RestController
class AuthorsController {

	final List<Find> finds = new ArrayList<>();

	final StatementCounter statements;

	final Associations associations;

	AuthorsController(Associations associations, StatementCounter statements) {
		this.associations = associations;
		this.statements = statements;
	}

	static AuthorsController onH2(String name) {
		StatementCounter statements = new StatementCounter();
		Associations associations = Associations.builder()
			.dataSource(statements.wrap(new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")))
			.models(Author.class, Book.class, Biography.class, Genre.class, AuthorGenre.class)
			.build();
		associations.schema().create();
		Author author = new Author();
		author.name = "ann";
		associations.<Author, Long>repository(Author.class).create(author);
		statements.reset();
		return new AuthorsController(associations, statements);
	}

	@GetMapping("/authors")
	List<Author> authors(@FindQuery(includes = { "books.author", "genres", "biography" }, orders = { "name", "id" },
			maxLimit = 50) Find find) {
		return run(find);
	}

	@GetMapping("/authors/defaults")
	ResponseEntity<List<Author>> defaults(@FindQuery Find find) {
		return ResponseEntity.ok(run(find));
	}

	@GetMapping("/authors/names")
	List<String> names(@FindQuery(model = Author.class, orders = "name") Find find) {
		return run(find).stream().map((author) -> author.name).toList();
	}

	@GetMapping("/authors/first")
	Optional<Author> first(@FindQuery(orders = "name", maxLimit = 1) Find find) {
		return run(find).stream().findFirst();
	}

	private List<Author> run(Find find) {
		this.finds.add(find);
		return this.associations.<Author, Long>repository(Author.class).findAll(find);
	}

}
