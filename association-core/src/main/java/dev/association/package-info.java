/**
 * The public entry points: the engine, the association registry, options and exceptions.
 */
@NullMarked
package dev.association;

import org.jspecify.annotations.NullMarked;
