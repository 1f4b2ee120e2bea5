package dev.association.sql;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;

/**
 * The quoted, schema-qualified name of every table of one engine ({@code "billing"."invoices"}, or
 * {@code "invoices"} in the current schema), computed once when the engine is built: every statement and DDL
 * that names a table takes it from here.
 */
public final class TableNames {

	private final Map<ModelMetadata, String> names = new IdentityHashMap<>();

	/**
	 * The names of the tables of a metamodel in a dialect's quoting.
	 * @param metamodel the models and join tables
	 * @param dialect the dialect
	 */
	public TableNames(Metamodel metamodel, SqlDialect dialect) {
		for (ModelMetadata model : metamodel.tables()) {
			this.names.put(model, dialect.qualifiedTable(model.schema(), model.table()));
		}
	}

	/**
	 * The quoted, qualified name of a table.
	 * @param model a model or join table of the engine
	 * @return the name
	 */
	public String of(ModelMetadata model) {
		String name = this.names.get(model);
		if (name == null) {
			throw new IllegalStateException(model.name() + " is not a table of this engine");
		}
		return name;
	}

}
