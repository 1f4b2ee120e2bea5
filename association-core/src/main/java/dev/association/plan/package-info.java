/**
 * Query planning: an include tree and the model metadata become an immutable plan of statements (validated
 * aliases, attributes and conditions; to-one joins; one level per to-many include).
 */
@NullMarked
package dev.association.plan;

import org.jspecify.annotations.NullMarked;
