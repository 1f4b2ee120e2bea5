package dev.association.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.http.HttpEntity;
import org.springframework.util.Assert;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link FindQuery @FindQuery} {@link Find} parameters: the request's {@code include}, {@code order},
 * {@code limit}, {@code offset} and {@code fields} are bound by the handler's {@link WebDataBinder} and checked
 * against the annotation and the model; a refusal is an {@link InvalidFindQueryException}. Registered by
 * {@link FindQueryAutoConfiguration}; register it yourself in a standalone {@code MockMvc} set-up.
 */
public class FindQueryArgumentResolver implements HandlerMethodArgumentResolver {

	private final Metamodel metamodel;

	private final Map<MethodParameter, FindQuerySpec> specs = new ConcurrentHashMap<>();

	/**
	 * Creates a resolver for the models of an engine.
	 * @param associations the engine
	 */
	public FindQueryArgumentResolver(Associations associations) {
		Assert.notNull(associations, "Associations must not be null");
		this.metamodel = Engine.of(associations).metamodel();
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(FindQuery.class);
	}

	@Override
	public Find resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) throws Exception {
		FindQuerySpec spec = this.specs.computeIfAbsent(parameter, this::spec);
		return spec.find(bind(webRequest, binderFactory));
	}

	private FindQueryParameters bind(NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory)
			throws Exception {
		ResolvableType type = ResolvableType.forClass(FindQueryParameters.class);
		WebDataBinder binder = (binderFactory != null) ? binderFactory.createBinder(webRequest, null, "find", type)
				: new WebDataBinder(null, "find");
		binder.setTargetType(type);
		if (binder.getConversionService() == null) {
			binder.setConversionService(DefaultConversionService.getSharedInstance());
		}
		binder.construct(new FindQueryParameters.RequestValues(webRequest));
		BindingResult result = binder.getBindingResult();
		if (result.hasErrors() || binder.getTarget() == null) {
			FieldError error = result.getFieldError();
			String field = (error != null) ? error.getField() : "find";
			throw new InvalidFindQueryException(field, "Parameter '" + field + "' could not be read.", List.of());
		}
		return (FindQueryParameters) binder.getTarget();
	}

	private FindQuerySpec spec(MethodParameter parameter) {
		String handler = parameter.getExecutable().toGenericString();
		FindQuery annotation = parameter.getParameterAnnotation(FindQuery.class);
		Assert.state(annotation != null, "No @FindQuery on " + parameter);
		if (parameter.getParameterType() != Find.class) {
			throw new IllegalStateException("@FindQuery annotates a parameter of type "
					+ parameter.getParameterType().getName() + " in " + handler + ": it must be a " + Find.class.getName());
		}
		if (annotation.maxLimit() < 1) {
			throw new IllegalStateException("@FindQuery(maxLimit = " + annotation.maxLimit() + ") in " + handler
					+ ": maxLimit must be at least 1");
		}
		ModelMetadata model = model(parameter, annotation, handler);
		for (String path : annotation.includes()) {
			checkIncludePath(model, path, handler);
		}
		for (String order : annotation.orders()) {
			if (model.findAttribute(order) == null && !order.contains(".")) {
				throw new IllegalStateException("@FindQuery in " + handler + " allows ordering by '" + order
						+ "', which is not an attribute of " + model.name());
			}
		}
		return new FindQuerySpec(annotation, model);
	}

	private ModelMetadata model(MethodParameter parameter, FindQuery annotation, String handler) {
		Class<?> type = (annotation.model() != void.class) ? annotation.model()
				: modelType(ResolvableType.forMethodReturnType(parameter.getMethod()));
		ModelMetadata model = (type != null) ? this.metamodel.findModel(type) : null;
		if (model == null) {
			throw new IllegalStateException("@FindQuery in " + handler + " cannot tell which model it reads"
					+ ((type != null) ? " (" + type.getName() + " is not a model)" : "")
					+ ": declare it with @FindQuery(model = ...)");
		}
		return model;
	}

	private @Nullable Class<?> modelType(ResolvableType type) {
		Class<?> raw = type.resolve();
		if (raw == null || raw == void.class || raw == Void.class) {
			return null;
		}
		if (this.metamodel.findModel(raw) != null) {
			return raw;
		}
		if (raw.isArray()) {
			return modelType(type.getComponentType());
		}
		if (HttpEntity.class.isAssignableFrom(raw)) {
			return modelType(type.as(HttpEntity.class).getGeneric(0));
		}
		if (Optional.class == raw) {
			return modelType(type.getGeneric(0));
		}
		if (Iterable.class.isAssignableFrom(raw)) {
			return modelType(type.as(Iterable.class).getGeneric(0));
		}
		if (Stream.class.isAssignableFrom(raw)) {
			return modelType(type.as(Stream.class).getGeneric(0));
		}
		return null;
	}

	private void checkIncludePath(ModelMetadata model, String path, String handler) {
		ModelMetadata current = model;
		for (String alias : path.split("\\.", -1)) {
			AssociationMetadata association = current.associations().get(alias);
			if (association == null) {
				throw new IllegalStateException("@FindQuery in " + handler + " allows the include path '" + path
						+ "', but " + current.name() + " has no association '" + alias + "'. Associations of "
						+ current.name() + ": " + String.join(", ", current.associations().keySet()));
			}
			current = association.target();
		}
	}

}
