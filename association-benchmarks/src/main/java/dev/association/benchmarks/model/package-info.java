/**
 * The blog data set's models: annotated for {@code association}, and the plain objects the JDBC baseline fills.
 */
package dev.association.benchmarks.model;
