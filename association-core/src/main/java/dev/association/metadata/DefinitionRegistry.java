package dev.association.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationOptions;
import dev.association.AssociationRegistry;
import dev.association.HookType;
import org.springframework.util.Assert;

/**
 * The {@link AssociationRegistry} handed to {@code associate} methods: records definitions in order, and refuses
 * any after it is frozen.
 */
final class DefinitionRegistry implements AssociationRegistry {

	private final List<Definition> definitions = new ArrayList<>();

	private final List<HookRegistration> hooks = new ArrayList<>();

	private boolean frozen;

	@Override
	public <S> ModelDefiner<S> model(Class<S> source) {
		Assert.notNull(source, "Source model must not be null");
		return new Definer<>(source);
	}

	List<Definition> definitions() {
		return this.definitions;
	}

	List<HookRegistration> hooks() {
		return this.hooks;
	}

	void freeze() {
		this.frozen = true;
	}

	/**
	 * One association as declared.
	 */
	record Definition(Class<?> source, AssociationKind kind, Class<?> target, AssociationSpec spec, int order) {

	}

	private final class Definer<S> implements ModelDefiner<S> {

		private final Class<S> source;

		Definer(Class<S> source) {
			this.source = source;
		}

		@Override
		public ModelDefiner<S> hook(HookType type, Consumer<? super S> hook) {
			if (DefinitionRegistry.this.frozen) {
				throw new AssociationDefinitionException("The association registry is frozen: the " + type + " hook of "
						+ this.source.getSimpleName() + " must be registered inside a static associate(AssociationRegistry) "
						+ "method, or with Associations.builder().hook(...)");
			}
			DefinitionRegistry.this.hooks.add(HookRegistration.of(this.source, type, hook));
			return this;
		}

		private ModelDefiner<S> define(AssociationKind kind, Class<?> target, Consumer<AssociationOptions> options) {
			if (DefinitionRegistry.this.frozen) {
				throw new AssociationDefinitionException("The association registry is frozen: " + this.source.getSimpleName()
						+ "." + kind.label() + "(" + target.getSimpleName()
						+ ") must be defined inside a static associate(AssociationRegistry) method");
			}
			Assert.notNull(target, "Target model must not be null");
			AssociationSpec spec = new AssociationSpec();
			options.accept(spec);
			DefinitionRegistry.this.definitions
				.add(new Definition(this.source, kind, target, spec, DefinitionRegistry.this.definitions.size()));
			return this;
		}

		@Override
		public ModelDefiner<S> hasOne(Class<?> target, Consumer<AssociationOptions> options) {
			return define(AssociationKind.HAS_ONE, target, options);
		}

		@Override
		public ModelDefiner<S> hasOne(Class<?> target) {
			return define(AssociationKind.HAS_ONE, target, (o) -> {
			});
		}

		@Override
		public ModelDefiner<S> belongsTo(Class<?> target, Consumer<AssociationOptions> options) {
			return define(AssociationKind.BELONGS_TO, target, options);
		}

		@Override
		public ModelDefiner<S> belongsTo(Class<?> target) {
			return define(AssociationKind.BELONGS_TO, target, (o) -> {
			});
		}

		@Override
		public ModelDefiner<S> hasMany(Class<?> target, Consumer<AssociationOptions> options) {
			return define(AssociationKind.HAS_MANY, target, options);
		}

		@Override
		public ModelDefiner<S> hasMany(Class<?> target) {
			return define(AssociationKind.HAS_MANY, target, (o) -> {
			});
		}

		@Override
		public ModelDefiner<S> belongsToMany(Class<?> target, Consumer<AssociationOptions> options) {
			return define(AssociationKind.BELONGS_TO_MANY, target, options);
		}

		@Override
		public ModelDefiner<S> belongsToMany(Class<?> target) {
			return define(AssociationKind.BELONGS_TO_MANY, target, (o) -> {
			});
		}

	}

}
