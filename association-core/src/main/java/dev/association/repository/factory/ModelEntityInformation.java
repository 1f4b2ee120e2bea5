package dev.association.repository.factory;

import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.core.support.AbstractEntityInformation;

/**
 * What Spring Data needs to know about a model: its type, its key type and how to read a key.
 * @param <T> the model type
 * @param <ID> the key type
 */
final class ModelEntityInformation<T, ID> extends AbstractEntityInformation<T, ID> {

	private final Class<ID> idType;

	private final ModelMetadata model;

	ModelEntityInformation(Class<T> domainType, Class<ID> idType, ModelMetadata model) {
		super(domainType);
		this.idType = idType;
		this.model = model;
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable ID getId(T entity) {
		Attribute id = this.model.id();
		return (id != null) ? (ID) id.get(entity) : null;
	}

	@Override
	public Class<ID> getIdType() {
		return this.idType;
	}

}
