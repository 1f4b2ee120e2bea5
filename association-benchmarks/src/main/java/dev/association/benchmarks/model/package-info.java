/**
 * The plain model classes of the benchmark schema.
 */
@NullMarked
package dev.association.benchmarks.model;

import org.jspecify.annotations.NullMarked;
