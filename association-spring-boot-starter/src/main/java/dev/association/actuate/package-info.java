/**
 * The actuator endpoint of the engine: {@code /actuator/associations}.
 */
@NullMarked
package dev.association.actuate;

import org.jspecify.annotations.NullMarked;
