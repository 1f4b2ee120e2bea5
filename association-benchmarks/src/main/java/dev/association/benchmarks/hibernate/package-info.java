/**
 * The workloads with Hibernate through Spring Data JPA, with the fetch plan Hibernate's documentation recommends.
 */
package dev.association.benchmarks.hibernate;
