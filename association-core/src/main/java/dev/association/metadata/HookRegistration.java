package dev.association.metadata;

import java.util.function.Consumer;

import dev.association.HookType;
import org.springframework.util.Assert;

/**
 * One lifecycle hook as registered, in the registry or on the builder, before the engine is built.
 * @param model the model class the hook is for
 * @param type when it runs
 * @param hook the hook, taking an instance of the model
 */
public record HookRegistration(Class<?> model, HookType type, Consumer<Object> hook) {

	/**
	 * A registration whose hook takes the model's type.
	 * @param <T> the model type
	 * @param model the model class
	 * @param type when it runs
	 * @param hook the hook
	 * @return the registration
	 */
	public static <T> HookRegistration of(Class<T> model, HookType type, Consumer<? super T> hook) {
		Assert.notNull(model, "Model class must not be null");
		Assert.notNull(type, "Hook type must not be null");
		Assert.notNull(hook, "Hook must not be null");
		return new HookRegistration(model, type, (instance) -> hook.accept(model.cast(instance)));
	}

}
