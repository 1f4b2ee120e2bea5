/**
 * The engine behind {@code Associations}: assembles metadata, query and write engines and schema from what the
 * builder was given, and gives integrations access to them ({@code Engine.of(associations)}).
 */
@NullMarked
package dev.association.engine;

import org.jspecify.annotations.NullMarked;
