package dev.association.autoconfigure;

import java.lang.reflect.Method;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.metadata.ModelScanner;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Ahead of time, finds the {@code @Model} classes the engine will scan (of {@code association.model-packages}, else
 * of the auto-configuration packages) and registers the reflection the engine uses on them at startup: every
 * declared field and constructor and the static {@code associate(AssociationRegistry)} method, so that the models
 * are read the same in a native image.
 */
class AssociationModelsAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		List<String> packages = packages(beanFactory);
		if (packages.isEmpty()) {
			return null;
		}
		ClassLoader classLoader = (beanFactory.getBeanClassLoader() != null) ? beanFactory.getBeanClassLoader()
				: ClassUtils.getDefaultClassLoader();
		List<Class<?>> models = ModelScanner.scan(classLoader, packages.toArray(String[]::new));
		return (context, code) -> registerHints(context.getRuntimeHints(), models);
	}

	static void registerHints(RuntimeHints hints, List<Class<?>> models) {
		ReflectionHints reflection = hints.reflection();
		for (Class<?> model : models) {
			reflection.registerType(TypeReference.of(model), MemberCategory.ACCESS_DECLARED_FIELDS,
					MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
			Method associate = ReflectionUtils.findMethod(model, "associate",
					AssociationRegistry.class);
			if (associate != null) {
				reflection.registerMethod(associate, ExecutableMode.INVOKE);
			}
		}
	}

	private static List<String> packages(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.containsBean("environment")) {
			Environment environment = beanFactory.getBean("environment", Environment.class);
			List<String> configured = Binder.get(environment)
				.bind("association.model-packages", String[].class)
				.map(List::of)
				.orElse(List.of());
			if (!configured.isEmpty()) {
				return configured;
			}
		}
		return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
	}

}
