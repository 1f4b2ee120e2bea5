package dev.association.fuzz;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.fuzz.FuzzCase.IncludeSpec;
import dev.association.fuzz.FuzzSchema.AssociationDef;
import dev.association.fuzz.FuzzSchema.AttributeDef;
import dev.association.fuzz.FuzzSchema.ModelDef;
import dev.association.fuzz.FuzzSchema.Type;

/**
 * Turns loaded model instances into the oracle's form (attributes by name, then included associations) and prints
 * either as canonical text. An association or join-row field that is filled although not included shows up as
 * {@code !alias}, an instance met twice (results are trees) as {@code !instance}.
 */
final class FuzzGraphs {

	private FuzzGraphs() {
	}

	static List<Map<String, Object>> of(Class<?> type, List<?> instances, List<IncludeSpec> includes) {
		List<IncludeSpec> merged = FuzzCase.merged(includes);
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		return instances.stream().map((i) -> of(seen, FuzzSchema.def(type), i, merged, false)).toList();
	}

	private static Map<String, Object> of(Set<Object> seen, ModelDef model, Object instance,
			List<IncludeSpec> includes, boolean withJoinRow) {
		Map<String, Object> graph = new LinkedHashMap<>();
		if (!seen.add(instance)) {
			graph.put("!instance", "the same instance appears twice in the results");
		}
		for (AttributeDef attribute : model.attributes()) {
			graph.put(attribute.name(), read(instance, attribute.name()));
		}
		List<String> included = new ArrayList<>();
		for (IncludeSpec include : includes) {
			AssociationDef association = model.associations().get(include.alias());
			ModelDef target = FuzzSchema.def(association.target());
			Object value = read(instance, include.alias());
			boolean join = association.type() == Type.BELONGS_TO_MANY;
			if (association.type().toMany()) {
				List<?> children = (List<?>) value;
				graph.put(include.alias(), (children != null)
						? children.stream().map((v) -> of(seen, target, v, include.includes(), join)).toList() : null);
			}
			else {
				graph.put(include.alias(), (value != null) ? of(seen, target, value, include.includes(), false) : null);
			}
			included.add(include.alias());
		}
		for (String alias : model.associations().keySet()) {
			if (!included.contains(alias) && read(instance, alias) != null) {
				graph.put("!" + alias, "filled although not included");
			}
		}
		if (model.joinField() != null) {
			Object joinRow = read(instance, model.joinField());
			if (withJoinRow) {
				graph.put(model.joinField(), (joinRow != null)
						? of(seen, FuzzSchema.def(FuzzPostTag.class), joinRow, List.of(), false) : null);
			}
			else if (joinRow != null) {
				graph.put("!" + model.joinField(), "filled although not loaded through a join");
			}
		}
		return graph;
	}

	private static Object read(Object instance, String field) {
		try {
			Field f = instance.getClass().getField(field);
			return f.get(instance);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Canonical text, one row per line, nested rows indented. */
	static String print(List<Map<String, Object>> rows) {
		StringBuilder out = new StringBuilder();
		for (Map<String, Object> row : rows) {
			print(out, row, "");
		}
		return out.toString();
	}

	private static void print(StringBuilder out, Map<String, Object> row, String indent) {
		out.append(indent).append('{');
		List<Map.Entry<String, Object>> nested = new ArrayList<>();
		boolean first = true;
		for (Map.Entry<String, Object> entry : row.entrySet()) {
			if (entry.getValue() instanceof Map || entry.getValue() instanceof List) {
				nested.add(entry);
				continue;
			}
			out.append(first ? "" : ", ").append(entry.getKey()).append('=').append(FuzzCase.value(entry.getValue()));
			first = false;
		}
		out.append("}\n");
		for (Map.Entry<String, Object> entry : nested) {
			if (entry.getValue() instanceof Map<?, ?> map) {
				out.append(indent).append("  ").append(entry.getKey()).append(":\n");
				print(out, cast(map), indent + "    ");
			}
			else {
				List<?> list = (List<?>) entry.getValue();
				out.append(indent).append("  ").append(entry.getKey()).append(": [").append(list.size()).append("]\n");
				for (Object child : list) {
					print(out, cast(child), indent + "    ");
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object map) {
		return (Map<String, Object>) map;
	}

}
