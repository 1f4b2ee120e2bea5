/**
 * Spring Boot auto-configuration: the engine bean, repository beans, the schema mode after Flyway, the Jackson
 * module and the {@code association.*} properties.
 */
@NullMarked
package dev.association.autoconfigure;

import org.jspecify.annotations.NullMarked;
