package dev.association.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * The test context bootstrapper of {@link AssociationTest @AssociationTest}: it reads the annotation's
 * {@code properties}.
 */
class AssociationTestContextBootstrapper extends TestSliceTestContextBootstrapper<AssociationTest> {

}
