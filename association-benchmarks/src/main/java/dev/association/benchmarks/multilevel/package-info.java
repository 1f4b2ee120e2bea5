/**
 * The multilevel workload W8 (posts, comments, votes with their user, tags): the JDBC floor, {@code association} and the shared definitions.
 */
@NullMarked
package dev.association.benchmarks.multilevel;

import org.jspecify.annotations.NullMarked;
