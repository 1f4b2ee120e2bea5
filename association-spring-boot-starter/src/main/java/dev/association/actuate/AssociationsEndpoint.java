package dev.association.actuate;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.util.Assert;

/**
 * The {@code associations} endpoint: {@code GET /actuator/associations} describes every model and association as
 * the engine resolved them, {@code GET /actuator/associations/diagram} is the Mermaid {@code erDiagram} of
 * {@link Associations#diagram()}.
 */
@Endpoint(id = "associations")
public class AssociationsEndpoint {

	private static final String DIAGRAM = "diagram";

	private final Associations associations;

	/**
	 * Creates the endpoint.
	 * @param associations the engine
	 */
	public AssociationsEndpoint(Associations associations) {
		Assert.notNull(associations, "Associations must not be null");
		this.associations = associations;
	}

	/**
	 * Every model with its attributes and associations, in registration order.
	 * @return the description
	 */
	@ReadOperation
	public AssociationsDescriptor associations() {
		return new AssociationsDescriptor(
				Engine.of(this.associations).metamodel().models().stream().map(AssociationsEndpoint::model).toList());
	}

	/**
	 * The Mermaid diagram of the models.
	 * @param view {@code diagram}
	 * @return the Mermaid text, or null (404) for any other view
	 */
	@ReadOperation(produces = "text/plain;charset=UTF-8")
	public @Nullable String view(@Selector String view) {
		return DIAGRAM.equals(view) ? this.associations.diagram() : null;
	}

	private static ModelDescriptor model(ModelMetadata model) {
		return new ModelDescriptor(model.name(), model.table(), model.schema(), model.isParanoid(),
				model.attributes().stream().map(AssociationsEndpoint::attribute).toList(),
				model.associations().values().stream().map(AssociationsEndpoint::association).toList());
	}

	private static AttributeDescriptor attribute(Attribute attribute) {
		return new AttributeDescriptor(attribute.name(), attribute.column(), attribute.javaType().getSimpleName(),
				attribute.isId(), attribute.isNullable(), attribute.isUnique());
	}

	private static AssociationDescriptor association(AssociationMetadata association) {
		JoinTable join = association.join();
		return new AssociationDescriptor(association.alias(), association.kind().label(),
				association.target().name(), association.foreignKey().name(), association.sourceKey().name(),
				association.targetKey().name(), (join != null) ? join.model().name() : null,
				(join != null) ? join.otherKey().name() : null, association.onDelete().sql(),
				association.onUpdate().sql(), association.scope());
	}

	/**
	 * The endpoint's answer.
	 * @param models the models in registration order
	 */
	public record AssociationsDescriptor(List<ModelDescriptor> models) implements OperationResponseBody {

	}

	/**
	 * One model.
	 * @param name the model name (the class's simple name)
	 * @param table the table
	 * @param schema the table's schema, empty for the connection's current schema
	 * @param paranoid whether rows are soft-deleted ({@code @Model(paranoid = true)})
	 * @param attributes the attributes in field order
	 * @param associations the associations whose source is this model, in definition order
	 */
	public record ModelDescriptor(String name, String table, String schema, boolean paranoid,
			List<AttributeDescriptor> attributes, List<AssociationDescriptor> associations) {

	}

	/**
	 * One attribute.
	 * @param name the attribute (field) name
	 * @param column the column
	 * @param type the Java type's simple name
	 * @param primaryKey whether it is the {@code @Id}
	 * @param nullable whether the column accepts null
	 * @param unique whether a unique key covers the column alone
	 */
	public record AttributeDescriptor(String name, String column, String type, boolean primaryKey, boolean nullable,
			boolean unique) {

	}

	/**
	 * One association, every option at its resolved value; every key is present in the JSON, {@code through} and
	 * {@code otherKey} null outside belongsToMany.
	 * @param alias the alias
	 * @param kind {@code hasOne}, {@code belongsTo}, {@code hasMany} or {@code belongsToMany}
	 * @param target the target model
	 * @param foreignKey the foreign-key attribute (on the join table for belongsToMany)
	 * @param sourceKey the source attribute the key points at (the foreign key itself for belongsTo)
	 * @param targetKey the target attribute the key points at (the foreign key itself for hasOne/hasMany)
	 * @param through the join model or join table of a belongsToMany, else null
	 * @param otherKey the join attribute pointing at the target, else null
	 * @param onDelete the delete rule ({@code CASCADE}, {@code SET NULL}, ...)
	 * @param onUpdate the update rule
	 * @param scope the fixed target values
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record AssociationDescriptor(String alias, String kind, String target, String foreignKey, String sourceKey,
			String targetKey, @Nullable String through, @Nullable String otherKey, String onDelete, String onUpdate,
			Map<String, Object> scope) {

	}

}
