package dev.association.sql;

/**
 * The value of a {@link BoundValue} in a compiled statement that stands for the find's value in a slot (see
 * {@code dev.association.plan.Parameters}): bound from each execution's values, not from the plan.
 * @param index the slot
 */
public record ValueSlot(int index) {

}
