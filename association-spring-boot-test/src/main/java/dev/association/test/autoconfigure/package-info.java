/**
 * {@link dev.association.test.autoconfigure.AssociationTest @AssociationTest}: a Spring Boot test slice of the
 * association engine and repositories on an embedded database, each test rolled back.
 */
@NullMarked
package dev.association.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
