/**
 * JMH benchmarks of eager loading against hand-written JDBC and Hibernate.
 */
@NullMarked
package dev.association.benchmarks;

import org.jspecify.annotations.NullMarked;
