package dev.association.autoconfigure;

import dev.association.repository.domain.Author;
import dev.association.repository.domain.AuthorGenre;
import dev.association.repository.domain.Book;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AssociationModelsAotProcessor}: the reflection the engine needs on the models, registered ahead of time.
 */
class AssociationModelsAotProcessorTests {

	@Test
	void isRegisteredInAotFactories() {
		assertThat(AotServices.factories().load(BeanFactoryInitializationAotProcessor.class))
			.hasAtLeastOneElementOfType(AssociationModelsAotProcessor.class);
	}

	@Test
	void everyModelOfTheAutoConfigurationPackagesGetsFieldsConstructorsAndItsAssociateMethod() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		AutoConfigurationPackages.register(beanFactory, Author.class.getPackageName());
		RuntimeHints hints = hints(beanFactory);
		for (Class<?> model : new Class<?>[] { Author.class, Book.class, AuthorGenre.class }) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(model)
				.withMemberCategories(MemberCategory.ACCESS_DECLARED_FIELDS,
						MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
				.accepts(hints);
		}
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Author.class, "associate")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(AssociationModelsAotProcessorTests.class)).rejects(hints);
	}

	@Test
	void theModelPackagesPropertyWinsOverTheAutoConfigurationPackages() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		AutoConfigurationPackages.register(beanFactory, "com.example.nothing");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					java.util.Map.of("association.model-packages", Author.class.getPackageName())));
		beanFactory.registerSingleton("environment", environment);
		assertThat(RuntimeHintsPredicates.reflection().onType(Book.class)).accepts(hints(beanFactory));
	}

	@Test
	void withoutPackagesThereIsNothingToContribute() {
		assertThat(new AssociationModelsAotProcessor().processAheadOfTime(new DefaultListableBeanFactory())).isNull();
	}

	private static RuntimeHints hints(DefaultListableBeanFactory beanFactory) {
		BeanFactoryInitializationAotContribution contribution = new AssociationModelsAotProcessor()
			.processAheadOfTime(beanFactory);
		assertThat(contribution).isNotNull();
		DefaultGenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(org.springframework.javapoet.ClassName.get("com.example", "Test")),
				new InMemoryGeneratedFiles());
		contribution.applyTo(generationContext, null);
		return generationContext.getRuntimeHints();
	}

}
