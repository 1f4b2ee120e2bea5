/**
 * The benchmark data set: schema and generator.
 */
@NullMarked
package dev.association.benchmarks.data;

import org.jspecify.annotations.NullMarked;
