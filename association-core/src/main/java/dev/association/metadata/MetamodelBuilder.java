package dev.association.metadata;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationRegistry;

/**
 * Builds the {@link Metamodel}: reads the models, calls every static {@code associate} once, then hands the frozen
 * definitions to the {@link AssociationResolver}.
 */
final class MetamodelBuilder {

	private MetamodelBuilder() {
	}

	static Metamodel build(Collection<Class<?>> classes, List<HookRegistration> extraHooks) {
		Map<Class<?>, ModelMetadata> models = new LinkedHashMap<>();
		Map<String, ModelMetadata> byTable = new LinkedHashMap<>();
		for (Class<?> type : classes) {
			if (models.containsKey(type)) {
				continue;
			}
			ModelMetadata model = ModelReader.read(type);
			ModelMetadata clash = byTable.putIfAbsent(model.qualifiedTable(), model);
			if (clash != null) {
				throw new AssociationDefinitionException("Models " + clash.name() + " and " + model.name()
						+ " both map to table '" + model.qualifiedTable()
						+ "'. Give one of them another @Model(table = ...).");
			}
			models.put(type, model);
		}
		DefinitionRegistry registry = new DefinitionRegistry();
		for (Class<?> type : models.keySet()) {
			invokeAssociate(type, registry);
		}
		registry.freeze();
		List<HookRegistration> hooks = new ArrayList<>(registry.hooks());
		hooks.addAll(extraHooks);
		assignHooks(models, hooks);
		return new AssociationResolver(models, registry.definitions()).resolve();
	}

	private static void assignHooks(Map<Class<?>, ModelMetadata> models, List<HookRegistration> hooks) {
		for (HookRegistration hook : hooks) {
			if (!models.containsKey(hook.model())) {
				throw new AssociationDefinitionException("A " + hook.type() + " hook is registered for "
						+ hook.model().getName() + ", which is not a model of this engine. Models: "
						+ models.values().stream().map(ModelMetadata::name).collect(Collectors.joining(", ")) + ".");
			}
		}
		models.forEach((type, model) -> model
			.hooks(ModelHooks.of(hooks.stream().filter((hook) -> hook.model() == type).toList())));
	}

	private static void invokeAssociate(Class<?> type, AssociationRegistry registry) {
		List<Method> candidates = new ArrayList<>();
		for (Method method : type.getDeclaredMethods()) {
			if (method.getName().equals("associate") && !method.isSynthetic()) {
				candidates.add(method);
			}
		}
		for (Method method : candidates) {
			boolean valid = Modifier.isStatic(method.getModifiers()) && method.getReturnType() == void.class
					&& method.getParameterCount() == 1 && method.getParameterTypes()[0] == AssociationRegistry.class;
			if (!valid) {
				throw new AssociationDefinitionException(type.getSimpleName() + ".associate must be declared as "
						+ "'static void associate(AssociationRegistry registry)'; found '" + signature(method) + "'.");
			}
		}
		for (Method method : candidates) {
			invoke(type, method, registry);
		}
	}

	private static void invoke(Class<?> type, Method method, AssociationRegistry registry) {
		MethodHandle handle;
		try {
			handle = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflect(method);
		}
		catch (IllegalAccessException ex) {
			throw new AssociationDefinitionException("Cannot call " + type.getSimpleName() + ".associate: " + ex.getMessage(), ex);
		}
		try {
			handle.invoke(registry);
		}
		catch (AssociationDefinitionException ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new AssociationDefinitionException(type.getSimpleName() + ".associate failed: " + ex, ex);
		}
	}

	private static String signature(Method method) {
		String modifiers = Modifier.toString(method.getModifiers());
		String params = java.util.Arrays.stream(method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(", "));
		return (modifiers.isEmpty() ? "" : modifiers + " ") + method.getReturnType().getSimpleName() + " associate("
				+ params + ")";
	}

}
