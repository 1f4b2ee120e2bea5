/**
 * The one statement runner of reads and writes ({@code StatementSupport}: prepare, log, bind, run, read generated
 * keys, translate failures under the current {@code Operation}), and compiled reads: a find is compiled
 * ({@code FindCompiler}) into an immutable {@code CompiledFind} (its statements' SQL, parameter slots and readers)
 * before any JDBC call; an execution only binds the find's values, runs the statements (one batched statement per
 * to-many level) and stitches rows into plain objects.
 */
@NullMarked
package dev.association.execution;

import org.jspecify.annotations.NullMarked;
