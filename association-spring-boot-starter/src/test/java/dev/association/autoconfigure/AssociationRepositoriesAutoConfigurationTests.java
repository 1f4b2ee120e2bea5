package dev.association.autoconfigure;

import dev.association.AssociationDefinitionException;
import dev.association.repository.domain.AuthorRepository;
import dev.association.repository.domain.BookRepository;
import dev.association.autoconfigure.domain.DomainConfiguration;
import dev.association.repository.config.EnableAssociationRepositories;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationRepositoriesAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				AssociationAutoConfiguration.class, AssociationRepositoriesAutoConfiguration.class))
		.withUserConfiguration(DomainConfiguration.class);

	@Test
	void implementsEveryRepositoryInterfaceOfTheAutoConfigurationPackagesAsABean() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(AuthorRepository.class);
			assertThat(context).hasSingleBean(BookRepository.class);
			assertThat(AopUtils.isAopProxy(context.getBean(AuthorRepository.class))).isTrue();
		});
	}

	@Test
	void repositoryBeansWaitForTheSchemaInitializer() {
		this.contextRunner.run((context) -> assertThat(
				context.getBeanFactory().getBeanDefinition("authorRepository").getDependsOn())
			.contains("associationSchemaInitializer"));
	}

	@Test
	void failsStartupOnAMethodThatMatchesNoAssociationNamingTheInterfaceTheMethodAndTheAliases() {
		this.contextRunner
			.withPropertyValues("association.model-packages=dev.association.repository.domain,"
					+ "dev.association.autoconfigure.broken.alias")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(AssociationDefinitionException.class)
				.hasMessageStartingWith("dev.association.autoconfigure.broken.alias.NovelRepository.getNovels(Author) "
						+ "matches no association of Author: 'Novels' is no alias's singular or plural form. "
						+ "Aliases of Author: biography, books, genres."));
	}

	@Test
	void failsStartupOnAMethodWithTheWrongParameterTypesListingTheMethodsThatFit() {
		this.contextRunner
			.withPropertyValues("association.model-packages=dev.association.repository.domain,"
					+ "dev.association.autoconfigure.broken.types")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(AssociationDefinitionException.class)
				.hasMessage("dev.association.autoconfigure.broken.types.GenreNameRepository.addGenre(Author, String) "
						+ "has the wrong parameter or return types for Author.genres (belongsToMany Genre). "
						+ "Methods for it: void addGenre(Author, Genre|Long), "
						+ "void addGenre(Author, Genre|Long, Map<String, Object>), void addGenres(Author, Collection<?>)."));
	}

	@Test
	void failsStartupOnARepositoryOfAClassThatIsNotAModel() {
		this.contextRunner
			.withPropertyValues("association.model-packages=dev.association.repository.domain,"
					+ "dev.association.autoconfigure.broken.notmodel")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(AssociationDefinitionException.class)
				.hasMessage("dev.association.autoconfigure.broken.notmodel.StringRepository manages java.lang.String, "
						+ "which is not a model of this engine. Models: Author, AuthorGenre, Biography, Book, Genre. "
						+ "Annotate it with @Model and put it in a scanned package (association.model-packages)."));
	}

	@Test
	void backsOffWhenTheApplicationEnablesRepositoriesItself() {
		this.contextRunner.withUserConfiguration(OwnRepositoriesConfiguration.class)
			.withPropertyValues("association.model-packages=dev.association.repository.domain,"
					+ "dev.association.autoconfigure.broken.alias")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(AuthorRepository.class);
				assertThat(context).doesNotHaveBean("novelRepository");
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAssociationRepositories(basePackageClasses = AuthorRepository.class)
	static class OwnRepositoriesConfiguration {

	}

}
