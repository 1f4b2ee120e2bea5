/**
 * The implementation-neutral form that results are compared in.
 */
@NullMarked
package dev.association.benchmarks.graph;

import org.jspecify.annotations.NullMarked;
