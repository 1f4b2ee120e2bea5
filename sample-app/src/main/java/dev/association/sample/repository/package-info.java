/**
 * Repository interfaces: the starter implements them, derived association methods included.
 */
@NullMarked
package dev.association.sample.repository;

import org.jspecify.annotations.NullMarked;
