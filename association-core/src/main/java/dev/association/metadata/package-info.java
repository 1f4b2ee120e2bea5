/**
 * Immutable model and association metadata, read once at startup.
 */
@NullMarked
package dev.association.metadata;

import org.jspecify.annotations.NullMarked;
