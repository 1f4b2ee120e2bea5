/**
 * The correctness check: every implementation's result becomes an implementation-neutral tree of maps and lists
 * that is compared with the JDBC baseline's before any timing.
 */
package dev.association.benchmarks.graph;
