package dev.association.autoconfigure;

import dev.association.Associations;

/**
 * Customizes the {@link Associations.Builder} of the auto-configured engine before it is built: extra models,
 * hooks, a dialect. Applied in {@code @Order} order, after the properties and the {@code ModelHook} beans.
 * <pre>{@code
 * @Bean
 * AssociationsBuilderCustomizer auditing(AuditLog log) {
 *     return (builder) -> builder.hook(User.class, HookType.AFTER_DESTROY, log::deleted);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AssociationsBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of the engine
	 */
	void customize(Associations.Builder builder);

}
