/**
 * The repository implementation behind every AssociationRepository.
 */
@NullMarked
package dev.association.repository.support;

import org.jspecify.annotations.NullMarked;
