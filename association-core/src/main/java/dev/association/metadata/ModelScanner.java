package dev.association.metadata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.association.AssociationDefinitionException;
import dev.association.annotation.Model;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@code @Model} classes in packages, reading class files without loading the classes that are not
 * models.
 */
public final class ModelScanner {

	private ModelScanner() {
	}

	/**
	 * The model classes in these packages and their sub-packages, sorted by name.
	 * @param classLoader the class loader
	 * @param packages the package names
	 * @return the model classes
	 */
	public static List<Class<?>> scan(ClassLoader classLoader, String... packages) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		List<String> names = new ArrayList<>();
		for (String pkg : packages) {
			String pattern = "classpath*:" + ClassUtils.convertClassNameToResourcePath(pkg) + "/**/*.class";
			try {
				for (Resource resource : resolver.getResources(pattern)) {
					MetadataReader reader = readers.getMetadataReader(resource);
					if (reader.getAnnotationMetadata().hasAnnotation(Model.class.getName())) {
						names.add(reader.getClassMetadata().getClassName());
					}
				}
			}
			catch (IOException ex) {
				throw new AssociationDefinitionException("Cannot scan package '" + pkg + "' for models: " + ex.getMessage(), ex);
			}
		}
		names.sort(null);
		List<Class<?>> classes = new ArrayList<>();
		for (String name : names) {
			classes.add(ClassUtils.resolveClassName(name, classLoader));
		}
		return classes;
	}

}
