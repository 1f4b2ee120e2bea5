/**
 * The workloads through association's public API.
 */
@NullMarked
package dev.association.benchmarks.association;

import org.jspecify.annotations.NullMarked;
