/**
 * The models of the multilevel workload: {@code association} models, and the plain objects the JDBC floor fills.
 */
@NullMarked
package dev.association.benchmarks.multilevel.model;

import org.jspecify.annotations.NullMarked;
