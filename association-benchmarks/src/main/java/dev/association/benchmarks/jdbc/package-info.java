/**
 * The hand-written JDBC baseline.
 */
@NullMarked
package dev.association.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
