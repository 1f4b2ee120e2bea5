package dev.association.sql;

/**
 * The value of a {@link BoundValue} in a compiled statement that stands for consecutive slots of the find's values
 * bound as one list parameter (a long {@code Where.in}, see {@code dev.association.dialect.BoundList}).
 * @param first the first slot
 * @param count the number of slots
 */
public record ValueList(int first, int count) {

}
