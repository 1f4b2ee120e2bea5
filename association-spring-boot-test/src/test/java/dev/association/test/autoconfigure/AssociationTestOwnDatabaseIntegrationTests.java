package dev.association.test.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.repository.domain.Author;
import dev.association.repository.domain.AuthorRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AssociationTest @AssociationTest} with {@code @AutoConfigureTestDatabase(replace = NONE)}: the application's
 * own {@code DataSource}, the schema created in it.
 */
@AssociationTest(properties = { "spring.flyway.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:association-own-database;DB_CLOSE_DELAY=-1" })
@AutoConfigureTestDatabase(replace = Replace.NONE)
class AssociationTestOwnDatabaseIntegrationTests {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AuthorRepository authors;

	@Test
	void theApplicationsDataSourceIsKept() {
		assertThat(this.dataSource).isInstanceOfSatisfying(HikariDataSource.class, (hikari) -> assertThat(
				hikari.getJdbcUrl()).isEqualTo("jdbc:h2:mem:association-own-database;DB_CLOSE_DELAY=-1"));
		Author author = new Author();
		author.name = "cid";
		this.authors.create(author);
		assertThat(this.authors.count()).isOne();
	}

}
