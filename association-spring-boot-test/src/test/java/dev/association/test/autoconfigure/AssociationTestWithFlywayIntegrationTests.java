package dev.association.test.autoconfigure;

import dev.association.autoconfigure.AssociationSchemaInitializer;
import dev.association.autoconfigure.SchemaMode;
import dev.association.repository.domain.Author;
import dev.association.repository.domain.AuthorRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AssociationTest @AssociationTest} with Flyway: the migrations run on the embedded database and the schema is
 * validated against the models, not created.
 */
@AssociationTest(properties = "spring.flyway.locations=classpath:db/slice")
class AssociationTestWithFlywayIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void flywayMigratesAndTheSchemaIsValidated() {
		assertThat(this.context.getBeanNamesForType(Flyway.class)).hasSize(1);
		assertThat(this.context.getBean(AssociationSchemaInitializer.class).getMode())
			.isEqualTo(SchemaMode.VALIDATE);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from \"flyway_schema_history\" where \"script\" = 'V1__schema.sql'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void theRepositoriesWorkOnTheMigratedTables() {
		Author author = new Author();
		author.name = "bob";
		this.authors.create(author);
		assertThat(this.jdbc.queryForObject("select count(*) from authors where migrated = true", Integer.class))
			.isOne();
	}

}
