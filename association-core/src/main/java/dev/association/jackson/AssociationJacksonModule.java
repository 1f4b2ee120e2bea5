package dev.association.jackson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleSerializers;

import org.springframework.util.Assert;

/**
 * A Jackson 3 module that writes model instances as Sequelize's {@code toJSON()} does: the attributes in
 * declaration order, then the included associations under their aliases (an association that was not included, or
 * an included to-one with no row, is absent; an included to-many with no rows is {@code []}), then the join row of a
 * belongsToMany through a join model under the join model's name ({@code "UserProject": {"role": "owner"}}).
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AssociationJacksonModule(Engine.of(associations).metamodel())).build();
 * }</pre>
 * The Spring Boot starter registers it with the application's {@code JsonMapper}.
 */
public class AssociationJacksonModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	/**
	 * A module for every model of a metamodel.
	 * @param metamodel the models
	 */
	public AssociationJacksonModule(Metamodel metamodel) {
		super("association");
		Assert.notNull(metamodel, "Metamodel must not be null");
		SimpleSerializers serializers = new SimpleSerializers();
		for (ModelMetadata model : metamodel.models()) {
			Class<?> type = model.type();
			if (type != null) {
				serializers.addSerializer(type, new ModelSerializer(model, associationFields(model),
						throughFields(metamodel, model)));
			}
		}
		setSerializers(serializers);
	}

	private static Map<String, FieldAccess> associationFields(ModelMetadata model) {
		Map<String, FieldAccess> fields = new LinkedHashMap<>();
		for (AssociationMetadata association : model.associations().values()) {
			FieldAccess field = association.field();
			if (field != null) {
				fields.put(association.alias(), field);
			}
		}
		return fields;
	}

	private static Map<String, FieldAccess> throughFields(Metamodel metamodel, ModelMetadata model) {
		Map<String, FieldAccess> fields = new LinkedHashMap<>();
		List<String> seen = new ArrayList<>();
		for (AssociationMetadata association : metamodel.associations()) {
			FieldAccess field = association.throughField();
			if (association.target() == model && field != null && !seen.contains(field.name())) {
				seen.add(field.name());
				fields.put(association.joinTable().model().name(), field);
			}
		}
		return fields;
	}

}
