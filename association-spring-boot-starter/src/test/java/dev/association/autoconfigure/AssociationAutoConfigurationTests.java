package dev.association.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import dev.association.AssociationDefinitionException;
import dev.association.Associations;
import dev.association.autoconfigure.domain.DomainConfiguration;
import dev.association.dialect.Dialects;
import dev.association.engine.Engine;
import dev.association.jackson.AssociationJacksonModule;
import dev.association.metadata.ModelMetadata;
import dev.association.repository.domain.Author;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				TransactionAutoConfiguration.class, JacksonAutoConfiguration.class, AssociationAutoConfiguration.class,
				AssociationJacksonAutoConfiguration.class,
				AssociationRepositoriesAutoConfiguration.class))
		.withUserConfiguration(DomainConfiguration.class);

	@Test
	void buildsTheEngineFromTheModelsOfTheAutoConfigurationPackages() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(Associations.class);
			assertThat(Engine.of(context.getBean(Associations.class)).metamodel().models()).extracting(ModelMetadata::name)
				.containsExactlyInAnyOrder("Author", "AuthorGenre", "Biography", "Book", "Genre");
			assertThat(context.getBean(Associations.class).dialect().name()).isEqualTo("h2");
		});
	}

	@Test
	void observesFindsAndWritesInTheObservationRegistryBean() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
			Associations associations = context.getBean(Associations.class);
			assertThat(Engine.of(associations).context().observations()).isSameAs(registry);
			associations.schema().create();
			associations.<Author, Long>repository(Author.class).count();
			TestObservationRegistryAssert.assertThat(registry)
				.hasObservationWithNameEqualTo("association.query")
				.that()
				.hasLowCardinalityKeyValue("model", "Author")
				.hasLowCardinalityKeyValue("operation", "count")
				.hasHighCardinalityKeyValue("statements", "1")
				.hasBeenStopped();
		});
	}

	@Test
	void scansTheModelPackagesPropertyInsteadOfTheAutoConfigurationPackages() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					AssociationAutoConfiguration.class))
			.withPropertyValues("association.model-packages=dev.association.repository.domain")
			.run((context) -> assertThat(Engine.of(context.getBean(Associations.class)).metamodel().findModel(Author.class))
				.isNotNull());
	}

	@Test
	void failsWithAClearMessageWhenThereAreNoPackagesToScan() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					AssociationAutoConfiguration.class))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("association found no packages to scan for @Model classes")
				.hasMessageContaining("association.model-packages"));
	}

	@Test
	void usesTheDialectProperty() {
		this.contextRunner.withPropertyValues("association.dialect=postgresql")
			.run((context) -> assertThat(context.getBean(Associations.class).dialect())
				.isSameAs(Dialects.POSTGRESQL));
	}

	@Test
	void failsStartupOnAnUnknownDialectListingTheDialects() {
		this.contextRunner.withPropertyValues("association.dialect=oracle")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(AssociationDefinitionException.class)
				.hasMessage("Unknown dialect 'oracle'. Dialects: h2, postgresql, mariadb, mysql."));
	}

	@Test
	void sqlLoggingIsOffByDefaultAndOnWithTheProperty() {
		this.contextRunner.run((context) -> assertThat(Engine.of(context.getBean(Associations.class)).context().sqlLogging())
			.isFalse());
		this.contextRunner.withPropertyValues("association.sql-logging=true")
			.run((context) -> assertThat(Engine.of(context.getBean(Associations.class)).context().sqlLogging()).isTrue());
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnEngine() {
		this.contextRunner.withUserConfiguration(OwnEngineConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Associations.class);
			assertThat(context).getBean("ownAssociations").isSameAs(context.getBean(Associations.class));
			assertThat(Engine.of(context.getBean(Associations.class)).metamodel().models()).extracting(ModelMetadata::name)
				.containsExactly("Book", "Author", "Biography", "Genre", "AuthorGenre");
		});
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AssociationAutoConfiguration.class,
				AssociationRepositoriesAutoConfiguration.class))
			.withUserConfiguration(DomainConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(Associations.class);
				assertThat(context).doesNotHaveBean("authorRepository");
			});
	}

	@Test
	void registersTheJacksonModuleWithTheApplicationsJsonMapper() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(AssociationJacksonModule.class);
			Author author = new Author();
			author.id = 1L;
			author.name = "Ursula";
			author.books = java.util.List.of();
			assertThat(context.getBean(JsonMapper.class).writeValueAsString(author))
				.isEqualTo("{\"id\":1,\"name\":\"Ursula\",\"books\":[]}");
		});
	}

	@Test
	void registersNoJacksonModuleWithoutJackson() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("tools.jackson."))
			.withConfiguration(AutoConfigurations.of(AssociationJacksonAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(Associations.class);
				assertThat(context).doesNotHaveBean(AssociationJacksonModule.class);
			});
	}

	@Test
	void configurationMetadataDescribesTheFourProperties() throws IOException {
		try (InputStream metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			assertThat(new String(metadata.readAllBytes(), StandardCharsets.UTF_8))
				.contains("\"name\": \"association.model-packages\"")
				.contains("\"name\": \"association.schema.mode\"")
				.contains("\"name\": \"association.dialect\"")
				.contains("\"name\": \"association.sql-logging\"");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnEngineConfiguration {

		@Bean
		Associations ownAssociations(DataSource dataSource) {
			return Associations.builder()
				.dataSource(dataSource)
				.models(dev.association.repository.domain.Book.class, Author.class,
						dev.association.repository.domain.Biography.class,
						dev.association.repository.domain.Genre.class,
						dev.association.repository.domain.AuthorGenre.class)
				.build();
		}

	}

}
