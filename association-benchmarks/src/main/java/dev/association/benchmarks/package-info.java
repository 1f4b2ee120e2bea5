/**
 * JMH benchmarks of {@code association} against hand-written JDBC and Hibernate on the blog data set.
 */
package dev.association.benchmarks;
