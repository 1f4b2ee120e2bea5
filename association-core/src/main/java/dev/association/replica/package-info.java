/**
 * Read replicas: the replica's {@code DataSource}, failing with a message that names the replica or falling back to
 * the primary, and the routing of read-only transactions to it with Spring's
 * {@code LazyConnectionDataSourceProxy}.
 */
@NullMarked
package dev.association.replica;

import org.jspecify.annotations.NullMarked;
