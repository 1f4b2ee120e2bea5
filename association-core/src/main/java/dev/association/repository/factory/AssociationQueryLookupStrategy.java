package dev.association.repository.factory;

import java.lang.reflect.Method;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.metadata.ModelMetadata;
import dev.association.repository.AssociationRepository;

import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * Resolves every repository method that {@code AssociationRepository} does not implement as a derived association
 * method, at startup: a method that fits no association fails the repository bean with a message naming the
 * interface, the method and the model's aliases.
 */
final class AssociationQueryLookupStrategy implements QueryLookupStrategy {

	private final Associations associations;

	AssociationQueryLookupStrategy(Associations associations) {
		this.associations = associations;
	}

	@Override
	public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
			NamedQueries namedQueries) {
		Class<?> domainType = metadata.getDomainType();
		ModelMetadata model = Engine.of(this.associations).metamodel().model(domainType);
		AccessorMethod accessor = AccessorMethod.resolve(metadata.getRepositoryInterface(), method, model);
		AssociationRepository<Object, ?> repository = this.associations.repository(erase(domainType));
		return new AccessorQuery(new QueryMethod(method, metadata, factory), method.getReturnType(), accessor,
				repository);
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> erase(Class<?> type) {
		return (Class<Object>) type;
	}

}
