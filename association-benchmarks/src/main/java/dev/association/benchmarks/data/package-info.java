/**
 * The benchmark's data: the blog schema, the deterministic data set, bulk loading, the pooled and
 * statement-counting data source.
 */
package dev.association.benchmarks.data;
