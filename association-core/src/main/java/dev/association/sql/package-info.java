/**
 * Rendering plans as SQL through the dialect: select lists, joins, conditions with bound values (a find's values as
 * their slots), semi-joins, window functions for per-parent limits.
 */
@NullMarked
package dev.association.sql;

import org.jspecify.annotations.NullMarked;
