package dev.association.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.association.Associations;
import dev.association.HookType;
import dev.association.ModelHook;
import dev.association.repository.domain.Author;
import dev.association.autoconfigure.domain.DomainConfiguration;
import dev.association.repository.AssociationRepository;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationHookBeansTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				TransactionAutoConfiguration.class, AssociationAutoConfiguration.class))
		.withPropertyValues("association.schema.mode=create-drop",
				"spring.datasource.url=jdbc:h2:mem:hooks;DB_CLOSE_DELAY=-1")
		.withUserConfiguration(DomainConfiguration.class, HookConfiguration.class);

	@Test
	void modelHookBeansAndCustomizersRunWhenTheEngineWrites() {
		this.contextRunner.run((context) -> {
			AssociationRepository<Author, Long> authors = context.getBean(Associations.class).repository(Author.class);
			Author author = new Author();
			author.name = "  Ursula  ";
			authors.create(author);
			assertThat(author.name).isEqualTo("Ursula");
			assertThat(context.getBean(HookConfiguration.class).events).containsExactly("created Ursula by customizer");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class HookConfiguration {

		final List<String> events = new ArrayList<>();

		@Bean
		ModelHook<Author> trimNames() {
			return ModelHook.of(Author.class, HookType.BEFORE_CREATE, (author) -> author.name = author.name.trim());
		}

		@Bean
		@Order(1)
		AssociationsBuilderCustomizer recordCreations() {
			return (builder) -> builder.hook(Author.class, HookType.AFTER_CREATE,
					(author) -> this.events.add("created " + author.name + " by customizer"));
		}

	}

}
