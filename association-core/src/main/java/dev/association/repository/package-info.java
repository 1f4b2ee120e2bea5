/**
 * Repositories and association accessors.
 */
@NullMarked
package dev.association.repository;

import org.jspecify.annotations.NullMarked;
