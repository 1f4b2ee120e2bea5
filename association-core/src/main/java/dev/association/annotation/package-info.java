/**
 * Annotations that declare models and their attributes.
 */
@NullMarked
package dev.association.annotation;

import org.jspecify.annotations.NullMarked;
