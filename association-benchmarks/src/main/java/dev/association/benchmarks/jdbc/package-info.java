/**
 * The hand-written JDBC baseline: the floor every other implementation is measured against.
 */
package dev.association.benchmarks.jdbc;
