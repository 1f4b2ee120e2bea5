package dev.association.repository.config;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.repository.FoundOrCreated;
import dev.association.repository.domain.Author;
import dev.association.repository.domain.AuthorGenre;
import dev.association.repository.domain.AuthorRepository;
import dev.association.repository.domain.Biography;
import dev.association.repository.domain.Book;
import dev.association.repository.domain.BookRepository;
import dev.association.repository.domain.Genre;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.FindAndCount;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository infrastructure lives in the core: {@code @EnableAssociationRepositories} in a plain Spring context,
 * without Spring Boot, implements the repository interfaces and their derived association methods.
 */
class EnableAssociationRepositoriesTests {

	@Test
	void aPlainSpringContextImplementsRepositoryInterfacesAndTheirDerivedMethods() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				PlainConfiguration.class)) {
			context.getBean(Associations.class).schema().create();
			AuthorRepository authors = context.getBean(AuthorRepository.class);
			Author ann = new Author();
			ann.name = "ann";
			authors.create(ann);
			Book first = new Book();
			first.title = "Ann's first";
			Book book = authors.createBook(ann, first);
			assertThat(book.authorId).isEqualTo(ann.id);
			assertThat(authors.getBooks(ann)).extracting((b) -> b.title).containsExactly("Ann's first");
			assertThat(authors.countBooks(ann)).isEqualTo(1);
			assertThat(context.getBean(BookRepository.class).count()).isEqualTo(1);
		}
	}

	@Test
	void repositoryInterfacesInheritPagesWindowsAndCountsWithoutDerivingThem() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				PlainConfiguration.class)) {
			context.getBean(Associations.class).schema().drop();
			context.getBean(Associations.class).schema().create();
			AuthorRepository authors = context.getBean(AuthorRepository.class);
			for (String name : List.of("ann", "bob", "cid")) {
				Author author = new Author();
				author.name = name;
				authors.create(author);
			}
			Page<Author> page = authors.findAll(Find.all(), PageRequest.of(1, 2, Sort.by("name")));
			assertThat(page.getContent()).extracting((a) -> a.name).containsExactly("cid");
			assertThat(page.getTotalElements()).isEqualTo(3);
			Window<Author> window = authors.scroll(Find.all().order("name").limit(2), ScrollPosition.keyset());
			assertThat(window.getContent()).extracting((a) -> a.name).containsExactly("ann", "bob");
			assertThat(authors.scroll(Find.all().order("name").limit(2), window.positionAt(1)).getContent())
				.extracting((a) -> a.name).containsExactly("cid");
			FindAndCount<Author> both = authors.findAndCountAll(Find.all().order("name").limit(1));
			assertThat(both.rows()).extracting((a) -> a.name).containsExactly("ann");
			assertThat(both.count()).isEqualTo(3);
			authors.destroy(Where.like("name", "%"));
		}
	}

	@Test
	void derivedRepositoriesInheritTheGraphWritesWithoutTakingThemForDerivedMethods() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				GraphConfiguration.class)) {
			context.getBean(Associations.class).schema().create();
			AuthorRepository authors = context.getBean(AuthorRepository.class);
			Author bea = new Author();
			bea.name = "bea";
			Book book = new Book();
			book.title = "Bea's first";
			bea.books = List.of(book);
			bea.biography = new Biography();
			authors.create(bea, "books", "biography");
			assertThat(book.authorId).isEqualTo(bea.id);
			assertThat(bea.biography.authorId).isEqualTo(bea.id);
			Author other = new Author();
			other.name = "cat";
			other.books = List.of(new Book());
			authors.bulkCreate(List.of(other), Include.of("books"));
			assertThat(authors.countBooks(other)).isEqualTo(1);
			bea.name = "Bea";
			authors.upsert(bea);
			assertThat(authors.reload(bea, Find.all().include("books")).books).extracting((b) -> b.title)
				.containsExactly("Bea's first");
			assertThat(bea.name).isEqualTo("Bea");
			assertThat(authors.update(Map.of("name", "B."), Where.eq("id", bea.id))).isEqualTo(1);
			FoundOrCreated<Author> found = authors.findOrCreate(Where.eq("name", "B."), new Author());
			assertThat(found.created()).isFalse();
			assertThat(found.instance().id).isEqualTo(bea.id);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAssociationRepositories(basePackageClasses = Author.class)
	static class GraphConfiguration {

		@Bean
		DataSource dataSource() {
			return new DriverManagerDataSource("jdbc:h2:mem:graph-repositories;DB_CLOSE_DELAY=-1", "sa", "");
		}

		@Bean
		Associations associations(DataSource dataSource) {
			return Associations.builder()
				.dataSource(dataSource)
				.models(Author.class, Book.class, Biography.class, Genre.class, AuthorGenre.class)
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAssociationRepositories(basePackageClasses = Author.class)
	static class PlainConfiguration {

		@Bean
		DataSource dataSource() {
			return new DriverManagerDataSource("jdbc:h2:mem:enable-repositories;DB_CLOSE_DELAY=-1", "sa", "");
		}

		@Bean
		Associations associations(DataSource dataSource) {
			return Associations.builder()
				.dataSource(dataSource)
				.models(Author.class, Book.class, Biography.class, Genre.class, AuthorGenre.class)
				.build();
		}

	}

}
