package dev.association.test.autoconfigure;

import java.util.Set;

import dev.association.autoconfigure.AssociationsBuilderCustomizer;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * The component filter of {@link AssociationTest @AssociationTest}: of the application's components, only
 * {@link AssociationsBuilderCustomizer} components, which shape what the engine does.
 */
class AssociationTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<AssociationTest> {

	private static final Set<Class<?>> KNOWN_INCLUDES = Set.of(AssociationsBuilderCustomizer.class);

	AssociationTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

	@Override
	protected Set<Class<?>> getKnownIncludes() {
		return KNOWN_INCLUDES;
	}

}
