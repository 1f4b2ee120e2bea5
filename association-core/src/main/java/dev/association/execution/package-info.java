/**
 * JDBC execution: the one statement runner of reads and writes ({@code StatementSupport}: prepare, log, bind, run,
 * read generated keys, translate failures under the current {@code Operation}), batched loads of query plans,
 * stitching rows into plain objects.
 */
@NullMarked
package dev.association.execution;

import org.jspecify.annotations.NullMarked;
