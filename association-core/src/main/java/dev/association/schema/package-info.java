/**
 * Schema creation, export and validation from model metadata.
 */
@NullMarked
package dev.association.schema;

import org.jspecify.annotations.NullMarked;
