/**
 * User-facing query values: finds, conditions, includes and orders.
 */
@NullMarked
package dev.association.query;

import org.jspecify.annotations.NullMarked;
