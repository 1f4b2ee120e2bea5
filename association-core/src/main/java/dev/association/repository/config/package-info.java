/**
 * Spring Data repository configuration: {@code @EnableAssociationRepositories} and its registrar and extension.
 */
@NullMarked
package dev.association.repository.config;

import org.jspecify.annotations.NullMarked;
