package dev.association.test.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.Associations;
import dev.association.autoconfigure.AssociationSchemaInitializer;
import dev.association.autoconfigure.SchemaMode;
import dev.association.repository.domain.Author;
import dev.association.repository.domain.AuthorRepository;
import dev.association.web.FindQueryArgumentResolver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AssociationTest @AssociationTest} without Flyway: the association beans and nothing of the web, an
 * embedded database, the schema created, each test rolled back.
 */
@AssociationTest(properties = "spring.flyway.enabled=false")
class AssociationTestIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void onlyTheAssociationBeansAreInTheContext() {
		assertThat(this.context.getBeanNamesForType(Associations.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(AuthorRepository.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(TrimmedNames.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForAnnotation(RestController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForAnnotation(Controller.class)).isEmpty();
		assertThat(this.context.getBeanNamesForAnnotation(Service.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DispatcherServlet.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(WebMvcConfigurer.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(FindQueryArgumentResolver.class)).isEmpty();
	}

	@Test
	void theDataSourceIsAnEmbeddedDatabase() {
		assertThat(this.context.getBean(DataSource.class)).isNotInstanceOf(HikariDataSource.class);
		assertThat(this.jdbc.queryForObject("select database_path()", String.class)).isNull();
	}

	@Test
	void theSchemaIsCreatedWhenNoFlywayRuns() {
		assertThat(this.context.getBean(AssociationSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.CREATE);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where lower(table_name) in ('authors', 'books')",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	void aTestsWritesAreRolledBackAtItsEnd() {
		createAuthorInATestThatIsRolledBack();
	}

	@Test
	void anotherTestsWritesAreRolledBackAtItsEnd() {
		createAuthorInATestThatIsRolledBack();
	}

	private void createAuthorInATestThatIsRolledBack() {
		assertThat(TestTransaction.isActive()).isTrue();
		assertThat(TestTransaction.isFlaggedForRollback()).isTrue();
		assertThat(this.authors.count()).isZero();
		Author author = new Author();
		author.name = "  ann  ";
		this.authors.create(author);
		assertThat(this.authors.count()).isOne();
		assertThat(this.authors.findByPk(author.id)).hasValueSatisfying((found) -> assertThat(found.name).isEqualTo("ann"));
	}

}
