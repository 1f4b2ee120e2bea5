package dev.association.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure of the core, checked with ArchUnit on the compiled classes.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.association");

	@Test
	void theInternalPackagesHaveNoCycles() {
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
	 * One slice per package below the root; the root package (the public API and the engine's entry point) is left
	 * out for now.
	 */
	static final class Packages implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			return name.equals("dev.association") ? SliceIdentifier.ignore() : SliceIdentifier.of(name);
		}

		@Override
		public String getDescription() {
			return "packages";
		}

	}

}
