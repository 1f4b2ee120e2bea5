/**
 * The multilevel workload with Hibernate: entities, repository and fetch plan.
 */
@NullMarked
package dev.association.benchmarks.multilevel.hibernate;

import org.jspecify.annotations.NullMarked;
