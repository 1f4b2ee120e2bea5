package dev.association.repository.factory;

import java.util.Optional;

import dev.association.repository.AssociationRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * A derived association method at run time: calls the source's {@code many(instance, alias)} or
 * {@code one(instance, alias)} accessor and adapts the result to the method's return type.
 */
final class AccessorQuery implements RepositoryQuery {

	private final QueryMethod queryMethod;

	private final AccessorMethod accessor;

	private final AssociationRepository<Object, ?> repository;

	private final Class<?> returnType;

	AccessorQuery(QueryMethod queryMethod, Class<?> returnType, AccessorMethod accessor,
			AssociationRepository<Object, ?> repository) {
		this.queryMethod = queryMethod;
		this.returnType = returnType;
		this.accessor = accessor;
		this.repository = repository;
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		Object result = this.accessor.operation().invoke(this.repository, this.accessor.association().alias(),
				parameters);
		if (result instanceof Optional<?> optional && this.returnType != Optional.class) {
			return optional.orElse(null);
		}
		if (result instanceof Long count && (this.returnType == int.class || this.returnType == Integer.class)) {
			return Math.toIntExact(count);
		}
		return result;
	}

	@Override
	public QueryMethod getQueryMethod() {
		return this.queryMethod;
	}

}
