package dev.association.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.association.HookType;

/**
 * The lifecycle hooks of one model, by type, in registration order (the registry's first, then the builder's).
 * Immutable once the engine is built.
 */
public final class ModelHooks {

	/** A model without hooks. */
	public static final ModelHooks NONE = new ModelHooks(Map.of());

	private final Map<HookType, List<Consumer<Object>>> hooks;

	private ModelHooks(Map<HookType, List<Consumer<Object>>> hooks) {
		this.hooks = hooks;
	}

	static ModelHooks of(List<HookRegistration> registrations) {
		if (registrations.isEmpty()) {
			return NONE;
		}
		Map<HookType, List<Consumer<Object>>> byType = new EnumMap<>(HookType.class);
		for (HookRegistration registration : registrations) {
			byType.computeIfAbsent(registration.type(), (t) -> new ArrayList<>()).add(registration.hook());
		}
		byType.replaceAll((type, list) -> List.copyOf(list));
		return new ModelHooks(Collections.unmodifiableMap(byType));
	}

	/**
	 * Whether any hook of this type is registered.
	 * @param type the hook type
	 * @return true when {@link #run} would call something
	 */
	public boolean has(HookType type) {
		return this.hooks.containsKey(type);
	}

	/**
	 * Whether any hook at all is registered.
	 * @return true when the model has hooks
	 */
	public boolean any() {
		return !this.hooks.isEmpty();
	}

	/**
	 * Runs the hooks of a type on an instance, in registration order; an exception from a hook propagates.
	 * @param type the hook type
	 * @param instance the model instance
	 */
	public void run(HookType type, Object instance) {
		List<Consumer<Object>> list = this.hooks.get(type);
		if (list != null) {
			for (Consumer<Object> hook : list) {
				hook.accept(instance);
			}
		}
	}

}
