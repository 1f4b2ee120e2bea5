package dev.association.repository;

/**
 * What {@link AssociationRepository#findOrCreate} returns: the row found, or the defaults just created.
 * @param <T> the model type
 * @param instance the row found, or the created instance
 * @param created whether the row was created by this call
 */
public record FoundOrCreated<T>(T instance, boolean created) {

}
