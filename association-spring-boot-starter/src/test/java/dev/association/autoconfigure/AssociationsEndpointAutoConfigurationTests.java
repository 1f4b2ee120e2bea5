package dev.association.autoconfigure;

import java.util.Map;

import dev.association.Associations;
import dev.association.actuate.AssociationsEndpoint;
import dev.association.actuate.AssociationsEndpoint.AssociationDescriptor;
import dev.association.actuate.AssociationsEndpoint.AttributeDescriptor;
import dev.association.actuate.AssociationsEndpoint.ModelDescriptor;
import dev.association.autoconfigure.domain.DomainConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, AssociationAutoConfiguration.class,
				EndpointAutoConfiguration.class, AssociationsEndpointAutoConfiguration.class))
		.withUserConfiguration(DomainConfiguration.class)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void theEndpointIsRegisteredWhenExposedOverTheWeb() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=associations")
			.run((context) -> assertThat(context).hasSingleBean(AssociationsEndpoint.class));
	}

	@Test
	void theEndpointIsNotRegisteredWhenNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AssociationsEndpoint.class));
	}

	@Test
	void theEndpointIsNotRegisteredWhenAccessIsNone() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=associations",
					"management.endpoint.associations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(AssociationsEndpoint.class));
	}

	@Test
	void withoutTheActuatorTheStarterStartsWithoutTheEndpoint() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, AssociationAutoConfiguration.class,
					AssociationsEndpointAutoConfiguration.class))
			.withUserConfiguration(DomainConfiguration.class)
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.withPropertyValues("spring.datasource.generate-unique-name=true",
					"management.endpoints.web.exposure.include=associations")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(Associations.class);
				assertThat(context).doesNotHaveBean(AssociationsEndpoint.class);
			});
	}

	@Test
	void theEndpointDescribesEveryModelAttributeAndAssociationAsResolved() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=associations")
			.run((context) -> {
				AssociationsEndpoint endpoint = context.getBean(AssociationsEndpoint.class);
				assertThat(endpoint.associations().models()).extracting(ModelDescriptor::name)
					.containsExactly("Author", "AuthorGenre", "Biography", "Book", "Genre");
				ModelDescriptor author = endpoint.associations().models().get(0);
				assertThat(author.table()).isEqualTo("authors");
				assertThat(author.schema()).isEmpty();
				assertThat(author.paranoid()).isFalse();
				assertThat(author.attributes()).containsExactly(
						new AttributeDescriptor("id", "id", "Long", true, false, false),
						new AttributeDescriptor("name", "name", "String", false, true, false));
				assertThat(author.associations()).extracting(AssociationDescriptor::alias)
					.containsExactly("biography", "books", "genres");
				assertThat(author.associations().get(1)).isEqualTo(new AssociationDescriptor("books", "hasMany",
						"Book", "authorId", "id", "authorId", null, null, "SET NULL", "CASCADE", Map.of()));
				assertThat(author.associations().get(2)).isEqualTo(new AssociationDescriptor("genres",
						"belongsToMany", "Genre", "authorId", "id", "id", "AuthorGenre", "genreId", "CASCADE",
						"CASCADE", Map.of()));
			});
	}

	@Test
	void theDiagramSelectorAnswersTheEnginesMermaidTextAndNothingElse() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=associations")
			.run((context) -> {
				AssociationsEndpoint endpoint = context.getBean(AssociationsEndpoint.class);
				assertThat(endpoint.view("diagram")).isEqualTo(context.getBean(Associations.class).diagram())
					.startsWith("erDiagram\n");
				assertThat(endpoint.view("models")).isNull();
			});
	}

}
