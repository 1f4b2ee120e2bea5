package dev.association.repository.factory;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.association.AssociationDefinitionException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.factory.AccessorOperation.Parameter;
import dev.association.repository.factory.AccessorOperation.Result;

import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * A repository method resolved, at startup, to one association and one {@link AccessorOperation}: the verb prefix
 * ({@code get}, {@code add}, ...) followed by the alias's singular or plural form, upper-first.
 * @param association the association
 * @param operation the accessor operation
 */
record AccessorMethod(AssociationMetadata association, AccessorOperation operation) {

	private static final String NAMING = "Derived association methods are get, set, add, create, remove, has or count "
			+ "followed by an alias in singular or plural form (getPosts, addPost), taking the source instance first.";

	/**
	 * Resolves a repository method.
	 * @param repositoryInterface the repository interface (for messages)
	 * @param method the method
	 * @param model the source model
	 * @return the resolved method
	 * @throws AssociationDefinitionException naming the interface, the method and the aliases when nothing fits
	 */
	static AccessorMethod resolve(Class<?> repositoryInterface, Method method, ModelMetadata model) {
		String name = method.getName();
		String verb = AccessorOperation.VERBS.stream()
			.filter((candidate) -> name.length() > candidate.length() && name.startsWith(candidate)
					&& Character.isUpperCase(name.charAt(candidate.length())))
			.findFirst()
			.orElse(null);
		if (verb == null) {
			throw new AssociationDefinitionException(describe(repositoryInterface, method)
					+ " is not a derived association method. " + NAMING + " " + aliases(model));
		}
		String form = name.substring(verb.length());
		List<AssociationMetadata> named = model.associations()
			.values()
			.stream()
			.filter((association) -> form.equals(upperFirst(association.plural()))
					|| form.equals(upperFirst(association.singular())))
			.toList();
		if (named.isEmpty()) {
			throw new AssociationDefinitionException(describe(repositoryInterface, method) + " matches no association of "
					+ model.name() + ": '" + form + "' is no alias's singular or plural form. " + aliases(model) + " "
					+ NAMING);
		}
		for (AssociationMetadata association : named) {
			for (AccessorOperation operation : AccessorOperation.values()) {
				if (matches(operation, verb, form, association) && fits(operation, method, association)) {
					return new AccessorMethod(association, operation);
				}
			}
		}
		throw new AssociationDefinitionException(describe(repositoryInterface, method)
				+ " has the wrong parameter or return types for " + named.stream().map(AssociationMetadata::describe)
					.collect(Collectors.joining(" or "))
				+ ". Methods for it: " + expected(verb, named) + ".");
	}

	private static boolean matches(AccessorOperation operation, String verb, String form,
			AssociationMetadata association) {
		String expected = upperFirst(operation.plural() ? association.plural() : association.singular());
		return operation.verb().equals(verb) && operation.toMany() == association.kind().isToMany()
				&& expected.equals(form);
	}

	private static boolean fits(AccessorOperation operation, Method method, AssociationMetadata association) {
		Class<?>[] types = method.getParameterTypes();
		Class<?> source = association.source().type();
		if (types.length != operation.parameters().size() + 1 || source == null
				|| !types[0].isAssignableFrom(source)) {
			return false;
		}
		for (int i = 0; i < operation.parameters().size(); i++) {
			if (!fits(operation.parameters().get(i), types[i + 1], association)) {
				return false;
			}
		}
		return fits(operation.result(), method.getReturnType(), association);
	}

	private static boolean fits(Parameter parameter, Class<?> type, AssociationMetadata association) {
		Class<?> target = targetType(association);
		return switch (parameter) {
			case FIND -> type == Find.class;
			case WHERE -> type == Where.class;
			case COLLECTION -> Collection.class.isAssignableFrom(type);
			case THROUGH -> Map.class.isAssignableFrom(type);
			case INSTANCE -> type.isAssignableFrom(target);
			case TARGET -> type.isAssignableFrom(target) || isKeyType(type, association.target());
		};
	}

	private static boolean fits(Result result, Class<?> type, AssociationMetadata association) {
		return switch (result) {
			case LIST -> type.isAssignableFrom(List.class);
			case COUNT -> type == long.class || type == Long.class || type == int.class || type == Integer.class;
			case BOOLEAN -> type == boolean.class || type == Boolean.class;
			case VOID -> type == void.class;
			case INSTANCE -> type == void.class || type.isAssignableFrom(targetType(association));
			case OPTIONAL -> type == Optional.class || (type != void.class
					&& type.isAssignableFrom(targetType(association)));
		};
	}

	private static boolean isKeyType(Class<?> type, ModelMetadata target) {
		Attribute id = target.id();
		return id != null && ClassUtils.resolvePrimitiveIfNecessary(type)
			.equals(ClassUtils.resolvePrimitiveIfNecessary(id.javaType()));
	}

	private static Class<?> targetType(AssociationMetadata association) {
		Class<?> target = association.target().type();
		return (target != null) ? target : Object.class;
	}

	private static String expected(String verb, List<AssociationMetadata> associations) {
		List<String> signatures = new ArrayList<>();
		for (AssociationMetadata association : associations) {
			for (AccessorOperation operation : AccessorOperation.values()) {
				if (operation.verb().equals(verb) && operation.toMany() == association.kind().isToMany()) {
					signatures.add(signature(operation, association));
				}
			}
		}
		return signatures.isEmpty() ? "none with '" + verb + "'" : String.join(", ", signatures);
	}

	private static String signature(AccessorOperation operation, AssociationMetadata association) {
		String target = association.target().name();
		Attribute id = association.target().id();
		String targetOrKey = target + ((id != null)
				? "|" + ClassUtils.resolvePrimitiveIfNecessary(id.javaType()).getSimpleName() : "");
		List<String> parameters = new ArrayList<>();
		parameters.add(association.source().name());
		for (Parameter parameter : operation.parameters()) {
			parameters.add(switch (parameter) {
				case FIND -> "Find";
				case WHERE -> "Where";
				case COLLECTION -> "Collection<?>";
				case THROUGH -> "Map<String, Object>";
				case INSTANCE -> target;
				case TARGET -> targetOrKey;
			});
		}
		String result = switch (operation.result()) {
			case LIST -> "List<" + target + ">";
			case COUNT -> "long";
			case BOOLEAN -> "boolean";
			case VOID -> "void";
			case INSTANCE -> target;
			case OPTIONAL -> "Optional<" + target + ">";
		};
		String form = upperFirst(operation.plural() ? association.plural() : association.singular());
		return result + " " + operation.verb() + form + "(" + String.join(", ", parameters) + ")";
	}

	private static String describe(Class<?> repositoryInterface, Method method) {
		return repositoryInterface.getName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(", ")) + ")";
	}

	private static String aliases(ModelMetadata model) {
		return "Aliases of " + model.name() + ": " + (model.associations().isEmpty() ? "(none)"
				: String.join(", ", model.associations().keySet())) + ".";
	}

	private static String upperFirst(String name) {
		return StringUtils.capitalize(name);
	}

}
