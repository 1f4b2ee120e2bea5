/**
 * The nested-create workload: a graph of users with profiles, posts and roles written by {@code association} and by
 * hand-written JDBC batches.
 */
@NullMarked
package dev.association.benchmarks.writes;

import org.jspecify.annotations.NullMarked;
