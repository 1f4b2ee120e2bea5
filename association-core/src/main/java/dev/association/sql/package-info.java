/**
 * Rendering SQL through the dialect, for reads and writes alike: plans as selects (select lists, joins, conditions
 * with bound values (a find's values as their slots), semi-joins, window functions for per-parent limits), the
 * write statements of every model and association rendered once at startup ({@code ModelStatements},
 * {@code ForeignKeyStatements}, {@code JoinStatements}), and the key conditions of keyed statements
 * ({@code KeyConditions}). Nothing here runs a statement.
 */
@NullMarked
package dev.association.sql;

import org.jspecify.annotations.NullMarked;
