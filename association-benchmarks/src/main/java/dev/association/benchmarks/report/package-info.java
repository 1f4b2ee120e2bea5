/**
 * The results table of a benchmark run, in markdown.
 */
package dev.association.benchmarks.report;
