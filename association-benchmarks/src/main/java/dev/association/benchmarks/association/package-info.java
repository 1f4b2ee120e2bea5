/**
 * The workloads through {@code association}'s public API.
 */
package dev.association.benchmarks.association;
