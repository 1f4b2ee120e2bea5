package dev.association.repository.factory;

import java.util.Optional;

import dev.association.AssociationDefinitionException;
import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.metadata.ModelMetadata;
import dev.association.repository.support.SimpleAssociationRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.util.Assert;

/**
 * Implements repository interfaces on an {@link Associations} engine: the {@code AssociationRepository} methods go to
 * a {@link SimpleAssociationRepository}, derived association methods to the
 * {@link AssociationQueryLookupStrategy}.
 * <pre>{@code
 * UserRepository users = new AssociationRepositoryFactory(associations).getRepository(UserRepository.class);
 * }</pre>
 */
public class AssociationRepositoryFactory extends RepositoryFactorySupport {

	private final Associations associations;

	private final Engine engine;

	/**
	 * Creates a factory on an engine.
	 * @param associations the engine
	 */
	public AssociationRepositoryFactory(Associations associations) {
		Assert.notNull(associations, "Associations must not be null");
		this.associations = associations;
		this.engine = Engine.of(associations);
	}

	@Override
	public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
		model(metadata);
		return entityInformation(metadata.getDomainType(), metadata.getIdType());
	}

	@Override
	public <T, ID> EntityInformation<T, ID> getEntityInformation(Class<T> domainClass) {
		ModelMetadata model = this.engine.metamodel().model(domainClass);
		Class<?> idType = (model.id() != null) ? model.requireId().javaType() : Object.class;
		return entityInformation(domainClass, idType);
	}

	@SuppressWarnings("unchecked")
	private <T, ID> EntityInformation<T, ID> entityInformation(Class<T> domainType, Class<?> idType) {
		return new ModelEntityInformation<>(domainType, (Class<ID>) idType,
				this.engine.metamodel().model(domainType));
	}

	@Override
	protected Object getTargetRepository(RepositoryInformation information) {
		return getTargetRepositoryViaReflection(information, model(information), this.engine.queries(),
				this.engine.writes());
	}

	private ModelMetadata model(RepositoryMetadata metadata) {
		Class<?> domainType = metadata.getDomainType();
		ModelMetadata model = this.engine.metamodel().findModel(domainType);
		if (model == null) {
			throw new AssociationDefinitionException(metadata.getRepositoryInterface().getName() + " manages "
					+ domainType.getName() + ", which is not a model of this engine. Models: "
					+ String.join(", ", this.engine.metamodel().models().stream().map(ModelMetadata::name).toList())
					+ ". Annotate it with @Model and put it in a scanned package (association.model-packages).");
		}
		return model;
	}

	@Override
	protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
		return SimpleAssociationRepository.class;
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(@Nullable Key key,
			ValueExpressionDelegate valueExpressionDelegate) {
		return Optional.of(new AssociationQueryLookupStrategy(this.associations));
	}

}
