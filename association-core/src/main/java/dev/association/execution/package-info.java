/**
 * JDBC execution of query plans: batched loads, stitching rows into plain objects.
 */
@NullMarked
package dev.association.execution;

import org.jspecify.annotations.NullMarked;
