package dev.association.web;

import java.util.List;

import dev.association.Associations;
import dev.association.autoconfigure.AssociationAutoConfiguration;
import dev.association.autoconfigure.domain.DomainConfiguration;
import dev.association.query.Find;
import dev.association.repository.domain.Author;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link FindQueryAutoConfiguration}: registered in servlet web applications with an engine, nowhere else, and
 * working through Boot's own Spring MVC set-up.
 */
class FindQueryAutoConfigurationTests {

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(DataSourceAutoConfiguration.class,
			AssociationAutoConfiguration.class, JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
			FindQueryAutoConfiguration.class);

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(CONFIGURATIONS)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:findqueryauto;DB_CLOSE_DELAY=-1",
				"association.schema.mode=create")
		.withUserConfiguration(DomainConfiguration.class, AuthorsConfiguration.class);

	@Test
	void aServletApplicationGetsTheResolverAndTheProblemDetailAdvice() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(FindQueryArgumentResolver.class);
			assertThat(context).hasSingleBean(FindQueryExceptionHandler.class);
			assertThat(context).getBeans(WebMvcConfigurer.class)
				.hasValueSatisfying(new Condition<>(
						FindQueryAutoConfiguration.FindQueryWebMvcConfigurer.class::isInstance, "the configurer"));
		});
	}

	@Test
	void springMvcResolvesFindQueryParametersAndAnswersRefusalsWithProblemDetails() {
		this.contextRunner.run((context) -> {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
			mvc.perform(get("/authors?order=-name&limit=3"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$").isArray());
			assertThat(context.getBean(Authors.class).last.getLimit()).isEqualTo(3);
			mvc.perform(get("/authors?limit=4").accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.parameter").value("limit"))
				.andExpect(jsonPath("$.detail")
					.value("Parameter 'limit' must be a whole number from 1 to 3, not '4'."));
		});
	}

	@Test
	void aNonWebApplicationGetsNone() {
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:findquerynoweb;DB_CLOSE_DELAY=-1")
			.withUserConfiguration(DomainConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean(FindQueryArgumentResolver.class));
	}

	@Test
	void withoutSpringMvcThereIsNone() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(WebMvcConfigurer.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FindQueryArgumentResolver.class));
	}

	@Test
	void withoutAnEngineThereIsNone() {
		new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:findquerynoengine;DB_CLOSE_DELAY=-1")
			.withClassLoader(new FilteredClassLoader(Associations.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FindQueryArgumentResolver.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class AuthorsConfiguration {

		@Bean
		Authors authors(Associations associations) {
			return new Authors(associations);
		}

	}

	@RestController
	static class Authors {

		private final Associations associations;

		volatile Find last = Find.all();

		Authors(Associations associations) {
			this.associations = associations;
		}

		@GetMapping("/authors")
		List<Author> list(@FindQuery(orders = "name", maxLimit = 3) Find find) {
			this.last = find;
			return this.associations.<Author, Long>repository(Author.class).findAll(find);
		}

	}

}
