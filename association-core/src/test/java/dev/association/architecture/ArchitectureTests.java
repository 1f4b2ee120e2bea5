package dev.association.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure of the core, checked with ArchUnit on the compiled classes: the public API packages form one
 * slice that depends on no internal package, and the internal packages depend on each other without cycles.
 */
class ArchitectureTests {

	/**
	 * The packages applications compile against; every other package below {@code dev.association} is internal.
	 */
	static final String[] API = { "dev.association", "dev.association.annotation..", "dev.association.query..",
			"dev.association.repository", "dev.association.repository.config..", "dev.association.web.." };

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.association");

	private static final DescribedPredicate<JavaClass> internal = resideInAPackage("dev.association..")
		.and(not(resideInAnyPackage(API)))
		.as("internal classes (outside the API packages)");

	@Test
	void theApiDependsOnNoInternalPackage() {
		noClasses().that()
			.resideInAnyPackage(API)
			.and()
			.resideOutsideOfPackage("dev.association.repository.config..")
			.should()
			.dependOnClassesThat(internal)
			.because("applications compile against the API alone; the engine implements it behind Associations")
			.check(classes);
	}

	@Test
	void theRepositoryConfigurationNamesOnlyTheRepositoryFactory() {
		noClasses().that()
			.resideInAPackage("dev.association.repository.config..")
			.should()
			.dependOnClassesThat(internal.and(not(resideInAPackage("dev.association.repository.factory.."))))
			.because("@EnableAssociationRepositories names its factory bean, as Spring Data's annotations do")
			.check(classes);
	}

	@Test
	void thePackagesHaveNoCycles() {
		slices().assignedFrom(new Packages()).should().beFreeOfCycles().check(classes);
	}

	@Test
	void planningKnowsNothingOfRenderingOrExecution() {
		noClasses().that()
			.resideInAPackage("dev.association.plan..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.association.sql..", "dev.association.dialect..", "dev.association.execution..")
			.check(classes);
	}

	@Test
	void renderingKnowsNothingOfWritesOrExecution() {
		noClasses().that()
			.resideInAPackage("dev.association.sql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.association.write..", "dev.association.execution..")
			.because("statements are rendered in sql/ for reads and writes alike, and run by execution/")
			.check(classes);
	}

	/**
	 * The API packages are one slice, but for the repository configuration, which names the repository factory and so
	 * is a slice of its own; every internal package is a slice of its own.
	 */
	static final class Packages implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			if (PackageMatchers.of("dev.association.repository.config..").test(name)) {
				return SliceIdentifier.of(name);
			}
			for (String api : API) {
				if (PackageMatchers.of(api).test(name)) {
					return SliceIdentifier.of("api");
				}
			}
			return SliceIdentifier.of(name);
		}

		@Override
		public String getDescription() {
			return "the API and the internal packages";
		}

	}

}
