/**
 * Writes: create, update, destroy, and the association accessors (get/set/add/create/remove/has/count).
 */
@NullMarked
package dev.association.write;

import org.jspecify.annotations.NullMarked;
