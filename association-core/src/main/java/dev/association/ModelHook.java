package dev.association;

import java.util.function.Consumer;

import org.springframework.util.Assert;

/**
 * A lifecycle hook as a value, for registering hooks that are beans: the starter passes every {@code ModelHook}
 * bean to {@link Associations.Builder#hook(ModelHook)}.
 * <pre>{@code
 * @Bean
 * ModelHook<User> lowerCaseEmails() {
 *     return ModelHook.of(User.class, HookType.BEFORE_CREATE, (user) -> user.email = user.email.toLowerCase());
 * }
 * }</pre>
 * @param <T> the model type
 * @param model the model class
 * @param type when the hook runs
 * @param action what it does with the instance
 */
public record ModelHook<T>(Class<T> model, HookType type, Consumer<? super T> action) {

	public ModelHook {
		Assert.notNull(model, "Model must not be null");
		Assert.notNull(type, "Hook type must not be null");
		Assert.notNull(action, "Hook action must not be null");
	}

	/**
	 * A hook of a model.
	 * @param <T> the model type
	 * @param model the model class
	 * @param type when the hook runs
	 * @param action what it does with the instance
	 * @return the hook
	 */
	public static <T> ModelHook<T> of(Class<T> model, HookType type, Consumer<? super T> action) {
		return new ModelHook<>(model, type, action);
	}

}
