package dev.association.jackson;

import java.util.Map;

import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one model's instances: attributes (null included), then the non-null association fields by alias, then the
 * non-null join-row fields by join model name. Accessors are resolved once, when the module is built.
 */
final class ModelSerializer extends StdSerializer<Object> {

	private final ModelMetadata model;

	private final Map<String, FieldAccess> associations;

	private final Map<String, FieldAccess> throughs;

	ModelSerializer(ModelMetadata model, Map<String, FieldAccess> associations, Map<String, FieldAccess> throughs) {
		super(Object.class);
		this.model = model;
		this.associations = associations;
		this.throughs = throughs;
	}

	@Override
	public void serialize(Object value, JsonGenerator generator, SerializationContext context)
			throws JacksonException {
		generator.writeStartObject(value);
		for (Attribute attribute : this.model.attributes()) {
			context.defaultSerializeProperty(attribute.name(), attribute.get(value), generator);
		}
		writePresent(this.associations, value, generator, context);
		writePresent(this.throughs, value, generator, context);
		generator.writeEndObject();
	}

	private static void writePresent(Map<String, FieldAccess> fields, Object value, JsonGenerator generator,
			SerializationContext context) {
		for (Map.Entry<String, FieldAccess> entry : fields.entrySet()) {
			Object field = entry.getValue().get(value);
			if (field != null) {
				context.defaultSerializeProperty(entry.getKey(), field, generator);
			}
		}
	}

}
