package dev.association.metadata;

import java.util.List;
import java.util.function.Function;

import dev.association.AssociationDefinitionException;
import dev.association.metadata.DefinitionRegistry.Definition;

/**
 * The two sides of a belongsToMany pair through one {@code through("name")} table must define it in the same
 * schema: the join table lives in the schema of the model whose association defines it.
 */
final class JoinTableSchemas {

	private JoinTableSchemas() {
	}

	/**
	 * Refuses a pair whose sides would put their join table in two schemas.
	 * @param definitions every association definition
	 * @param schemaOf the schema of a model class
	 * @param describe how a definition is named in messages
	 */
	static void check(List<Definition> definitions, Function<Class<?>, String> schemaOf,
			Function<Definition, String> describe) {
		for (Definition one : definitions) {
			for (Definition other : definitions) {
				String table = one.spec().throughTable;
				boolean inverse = one.kind() == AssociationKind.BELONGS_TO_MANY
						&& other.kind() == AssociationKind.BELONGS_TO_MANY && one.source() == other.target()
						&& one.target() == other.source() && table != null && table.equals(other.spec().throughTable);
				String schema = schemaOf.apply(one.source());
				String otherSchema = schemaOf.apply(other.source());
				if (inverse && !schema.equals(otherSchema)) {
					throw new AssociationDefinitionException(describe.apply(one) + " and " + describe.apply(other)
							+ " both go through '" + table + "', which would be " + schemaName(schema) + "."
							+ table + " for one and " + schemaName(otherSchema) + "." + table + " for the other: a "
							+ "join table lives in the schema of the model whose association defines it. Put "
							+ one.source().getSimpleName() + " and " + other.source().getSimpleName()
							+ " in one schema, or use a join model: through(JoinModel.class) "
							+ "with @Model(schema = ...).");
				}
			}
		}
	}

	private static String schemaName(String schema) {
		return schema.isEmpty() ? "<current schema>" : schema;
	}

}
