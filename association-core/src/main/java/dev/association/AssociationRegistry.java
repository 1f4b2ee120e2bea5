package dev.association;

import java.util.function.Consumer;

/**
 * Collects association definitions while the engine starts. Every model's static
 * {@code associate(AssociationRegistry registry)} is called once, then the registry is frozen.
 * <pre>{@code
 * registry.model(User.class)
 *     .hasOne(Profile.class, a -> a.as("profile"))
 *     .hasMany(Post.class, a -> a.foreignKey("authorId"));
 * }</pre>
 */
public interface AssociationRegistry {

	/**
	 * Starts defining associations whose source is the given model.
	 * @param <S> the source model type
	 * @param source the source model class
	 * @return a chainable definer
	 */
	<S> ModelDefiner<S> model(Class<S> source);

	/**
	 * The chainable definer of one source model's associations.
	 * @param <S> the source model type
	 */
	interface ModelDefiner<S> {

		/**
		 * One-to-one, the foreign key on the target.
		 * @param target the target model
		 * @param options the options
		 * @return this definer
		 */
		ModelDefiner<S> hasOne(Class<?> target, Consumer<AssociationOptions> options);

		/**
		 * One-to-one with default options.
		 * @param target the target model
		 * @return this definer
		 */
		ModelDefiner<S> hasOne(Class<?> target);

		/**
		 * One-to-one or many-to-one, the foreign key on the source.
		 * @param target the target model
		 * @param options the options
		 * @return this definer
		 */
		ModelDefiner<S> belongsTo(Class<?> target, Consumer<AssociationOptions> options);

		/**
		 * belongsTo with default options.
		 * @param target the target model
		 * @return this definer
		 */
		ModelDefiner<S> belongsTo(Class<?> target);

		/**
		 * One-to-many, the foreign key on the target.
		 * @param target the target model
		 * @param options the options
		 * @return this definer
		 */
		ModelDefiner<S> hasMany(Class<?> target, Consumer<AssociationOptions> options);

		/**
		 * hasMany with default options.
		 * @param target the target model
		 * @return this definer
		 */
		ModelDefiner<S> hasMany(Class<?> target);

		/**
		 * Many-to-many through a join table or join model ({@code through} is required).
		 * @param target the target model
		 * @param options the options
		 * @return this definer
		 */
		ModelDefiner<S> belongsToMany(Class<?> target, Consumer<AssociationOptions> options);

		/**
		 * belongsToMany without options: always a definition error, since {@code through} is required.
		 * @param target the target model
		 * @return this definer
		 */
		ModelDefiner<S> belongsToMany(Class<?> target);

		/**
		 * Registers a lifecycle hook of this model, run with the instance inside the write's transaction.
		 * <pre>{@code registry.model(User.class).hook(HookType.BEFORE_CREATE, (user) -> user.active = true);}</pre>
		 * @param type when the hook runs
		 * @param hook the hook
		 * @return this definer
		 */
		ModelDefiner<S> hook(HookType type, Consumer<? super S> hook);

	}

}
