/**
 * Query planning: an include tree and the model metadata become an immutable plan of statements (validated
 * aliases, attributes and conditions; to-one joins; one level per to-many include). A plan refers to a find's values
 * by slot only ({@code Parameters}), so that it serves every find of the same {@code FindShape}.
 */
@NullMarked
package dev.association.plan;

import org.jspecify.annotations.NullMarked;
