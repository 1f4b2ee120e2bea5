package dev.association.autoconfigure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.association.SchemaValidationException;
import dev.association.autoconfigure.domain.DomainConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationSchemaInitializerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				FlywayAutoConfiguration.class, AssociationAutoConfiguration.class,
				AssociationRepositoriesAutoConfiguration.class))
		.withUserConfiguration(DomainConfiguration.class);

	@Test
	void modeIsNoneByDefaultWithoutFlyway() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.flywaydb.")).run((context) -> {
			assertThat(context.getBean(AssociationSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.NONE);
			assertThat(tableCount(context.getBean(JdbcTemplate.class), "AUTHORS")).isZero();
		});
	}

	@Test
	void modeIsNoneByDefaultWhenFlywayIsDisabled() {
		this.contextRunner.withPropertyValues("spring.flyway.enabled=false")
			.run((context) -> assertThat(context.getBean(AssociationSchemaInitializer.class).getMode())
				.isEqualTo(SchemaMode.NONE));
	}

	@Test
	void modeIsValidateByDefaultWithFlywayAndValidationRunsAfterTheMigrations() {
		this.contextRunner.withPropertyValues("spring.flyway.locations=classpath:db/schema-tests/complete")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(AssociationSchemaInitializer.class).getMode())
					.isEqualTo(SchemaMode.VALIDATE);
				assertThat(context.getBeanFactory().getBeanDefinition("associationSchemaInitializer").getDependsOn())
					.contains("flywayInitializer");
			});
	}

	@Test
	void validateAfterFlywayFailsStartupListingEveryMissingTableColumnJoinTableAndForeignKeyColumn() {
		this.contextRunner.withPropertyValues("spring.flyway.locations=classpath:db/schema-tests/partial")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessage("Schema validation found 4 mismatches between the models and the database:\n"
						+ " - column 'authors.name' (Author.name) is missing\n"
						+ " - table 'genres' (Genre) is missing\n"
						+ " - table 'author_genres' (AuthorGenre) is missing\n"
						+ " - column 'books.author_id' (Book.authorId) is missing"));
	}

	@Test
	void validateWithoutFlywayFailsOnAnEmptyDatabase() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.flywaydb."))
			.withPropertyValues("association.schema.mode=validate")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(SchemaValidationException.class)
				.hasMessageStartingWith("Schema validation found 5 mismatches")
				.hasMessageContaining("table 'authors' (Author) is missing"));
	}

	@Test
	void createMakesTheTables() {
		this.contextRunner.withPropertyValues("spring.flyway.enabled=false", "association.schema.mode=create")
			.run((context) -> {
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				assertThat(tableCount(jdbc, "AUTHORS")).isOne();
				assertThat(tableCount(jdbc, "AUTHOR_GENRES")).isOne();
			});
	}

	@Test
	void createDropDropsTheTablesWhenTheContextCloses() throws SQLException {
		String url = "jdbc:h2:mem:create-drop;DB_CLOSE_DELAY=-1";
		try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
			this.contextRunner
				.withPropertyValues("spring.datasource.url=" + url, "spring.flyway.enabled=false",
						"association.schema.mode=create-drop")
				.run((context) -> assertThat(tableCount(context.getBean(JdbcTemplate.class), "BOOKS")).isOne());
			try (ResultSet tables = keepAlive.getMetaData().getTables(null, null, "BOOKS", null)) {
				assertThat(tables.next()).isFalse();
			}
		}
	}

	private static int tableCount(JdbcTemplate jdbc, String table) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?",
				Integer.class, table);
		return (count != null) ? count : 0;
	}

}
