package dev.association.metadata;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.association.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * All models, join tables and associations of one engine, resolved and validated at startup and immutable after.
 * <pre>{@code Metamodel metamodel = Metamodel.of(List.of(User.class, Post.class));}</pre>
 */
public final class Metamodel {

	private final Map<Class<?>, ModelMetadata> models;

	private final List<ModelMetadata> tables;

	private final List<AssociationMetadata> associations;

	Metamodel(Map<Class<?>, ModelMetadata> models, List<ModelMetadata> tables, List<AssociationMetadata> associations) {
		this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
		this.tables = List.copyOf(tables);
		this.associations = List.copyOf(associations);
	}

	/**
	 * Reads the model classes, calls their static {@code associate} methods, resolves and validates every
	 * association.
	 * @param classes the model classes
	 * @return the metamodel
	 * @throws dev.association.AssociationDefinitionException when a model or association cannot work
	 */
	public static Metamodel of(Collection<Class<?>> classes) {
		return MetamodelBuilder.build(classes, List.of());
	}

	/**
	 * Like {@link #of(Collection)}, with lifecycle hooks registered outside the models' {@code associate} methods
	 * (run after the registry's hooks of the same type).
	 * @param classes the model classes
	 * @param hooks the extra hooks
	 * @return the metamodel
	 * @throws dev.association.AssociationDefinitionException when a model, association or hook cannot work
	 */
	public static Metamodel of(Collection<Class<?>> classes, List<HookRegistration> hooks) {
		return MetamodelBuilder.build(classes, hooks);
	}

	/**
	 * The models in registration order.
	 * @return the models
	 */
	public Collection<ModelMetadata> models() {
		return this.models.values();
	}

	/**
	 * Every table: the models, then the join tables defined by {@code through("name")}.
	 * @return the tables
	 */
	public List<ModelMetadata> tables() {
		return this.tables;
	}

	/**
	 * Every association in definition order.
	 * @return the associations
	 */
	public List<AssociationMetadata> associations() {
		return this.associations;
	}

	/**
	 * The metadata of a model class.
	 * @param type the class
	 * @return the model, or null when it is not one of this engine's models
	 */
	public @Nullable ModelMetadata findModel(Class<?> type) {
		return this.models.get(type);
	}

	/**
	 * The metadata of a model class, or a {@link QueryException} listing the models.
	 * @param type the class
	 * @return the model
	 */
	public ModelMetadata model(Class<?> type) {
		ModelMetadata model = this.models.get(type);
		if (model == null) {
			throw new QueryException(type.getName() + " is not a model of this engine. Models: "
					+ this.models.values().stream().map(ModelMetadata::name).collect(Collectors.joining(", ")) + ".");
		}
		return model;
	}

}
