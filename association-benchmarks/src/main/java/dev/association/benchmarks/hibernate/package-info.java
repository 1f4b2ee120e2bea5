/**
 * The workloads through Hibernate and Spring Data JPA.
 */
@NullMarked
package dev.association.benchmarks.hibernate;

import org.jspecify.annotations.NullMarked;
