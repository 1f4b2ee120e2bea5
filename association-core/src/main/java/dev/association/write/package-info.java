/**
 * Writes: create, update, destroy, and the association accessors (get/set/add/create/remove/has/count), with their
 * transactions and hooks; their statements are rendered by {@code dev.association.sql} and run by
 * {@code dev.association.execution}.
 */
@NullMarked
package dev.association.write;

import org.jspecify.annotations.NullMarked;
