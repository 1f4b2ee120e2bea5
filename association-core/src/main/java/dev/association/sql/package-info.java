/**
 * Rendering plans as SQL through the dialect: select lists, joins, conditions with bound values, semi-joins,
 * window functions for per-parent limits.
 */
@NullMarked
package dev.association.sql;

import org.jspecify.annotations.NullMarked;
