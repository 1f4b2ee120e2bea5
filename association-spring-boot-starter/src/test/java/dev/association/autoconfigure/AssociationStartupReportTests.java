package dev.association.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.association.Associations;
import dev.association.autoconfigure.domain.DomainConfiguration;
import dev.association.repository.domain.Author;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationStartupReportTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				FlywayAutoConfiguration.class, AssociationAutoConfiguration.class,
				AssociationRepositoriesAutoConfiguration.class))
		.withUserConfiguration(DomainConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	private final Logger library = (Logger) LoggerFactory.getLogger("dev.association");

	private final Level previous = this.library.getLevel();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	@Test
	void afterFlywayTheStarterLogsOneBlockWithTheModelsTheOneSidedAssociationsAndWhatValidationChecked() {
		this.contextRunner.withPropertyValues("spring.flyway.locations=classpath:db/schema-tests/complete")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(infoFromTheLibrary()).containsExactly("""
						dev.association.startup INFO association engine on h2: 5 models, 0 join tables by name, 4 associations
						  Author (authors): biography hasOne Biography, books hasMany Book, genres belongsToMany Genre through AuthorGenre
						  AuthorGenre (author_genres): no associations
						  Biography (biographies): no associations
						  Book (books): author belongsTo Author
						  Genre (genres): no associations
						  associations without an inverse: Author.biography (hasOne Biography), Author.genres (belongsToMany Genre)
						  schema validated: 5 tables (1 join table), 13 columns, 4 foreign-key columns""");
			});
	}

	@Test
	void withoutValidationTheBlockSaysNothingAboutTheSchema() {
		this.contextRunner.withPropertyValues("association.schema.mode=create").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(infoFromTheLibrary()).singleElement().asString().doesNotContain("schema validated");
		});
	}

	@Test
	void anEngineTheApplicationBuildsLogsItsReportOnceWhenItIsBuilt() {
		this.contextRunner.withUserConfiguration(OwnEngine.class)
			.withPropertyValues("spring.flyway.locations=classpath:db/schema-tests/complete")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(infoFromTheLibrary()).singleElement()
					.asString()
					.startsWith("dev.association.startup INFO association engine on h2: 5 models,")
					.doesNotContain("schema validated");
			});
	}

	@BeforeEach
	void listenToTheLibrary() {
		this.appender.start();
		this.library.setLevel(Level.INFO);
		this.library.addAppender(this.appender);
	}

	@AfterEach
	void stopListening() {
		this.library.detachAppender(this.appender);
		this.library.setLevel(this.previous);
	}

	/**
	 * What the library logged at INFO and above.
	 */
	private List<String> infoFromTheLibrary() {
		return this.appender.list.stream()
			.filter((event) -> event.getLevel().isGreaterOrEqual(Level.INFO))
			.map((event) -> event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage())
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnEngine {

		@Bean
		Associations associations(DataSource dataSource) {
			return Associations.builder().dataSource(dataSource).modelPackages(Author.class.getPackageName()).build();
		}

	}

}
