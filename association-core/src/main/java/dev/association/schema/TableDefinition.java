package dev.association.schema;

import java.util.List;

import dev.association.ReferentialAction;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;

/**
 * One table as the schema needs it, computed from the metadata once.
 * @param model the model (or engine-defined join table)
 * @param columns the columns in attribute order
 * @param primaryKey the primary-key columns
 * @param uniqueKeys composite and single-column unique keys
 * @param foreignKeys the FK constraints
 * @param indexedColumns the FK columns that get an index of their own
 * @param referencedKeys the columns other than the primary key that FK constraints reference; each is also one of
 * the unique keys
 */
record TableDefinition(ModelMetadata model, List<ColumnDefinition> columns, List<String> primaryKey,
		List<List<String>> uniqueKeys, List<ForeignKey> foreignKeys, List<String> indexedColumns,
		List<ReferencedKey> referencedKeys) {

	String table() {
		return this.model.table();
	}

	/**
	 * One column.
	 * @param attribute the attribute
	 * @param nullable whether it accepts null
	 */
	record ColumnDefinition(Attribute attribute, boolean nullable) {

	}

	/**
	 * One FK constraint.
	 * @param column the FK column
	 * @param referenced the referenced table
	 * @param referencedKey the referenced key attribute
	 * @param onDelete the delete rule
	 * @param onUpdate the update rule
	 * @param origin the association it comes from, for messages
	 */
	record ForeignKey(String column, ModelMetadata referenced, Attribute referencedKey, ReferentialAction onDelete,
			ReferentialAction onUpdate, String origin) {

		String referencedTable() {
			return this.referenced.qualifiedTable();
		}

		String referencedColumn() {
			return this.referencedKey.column();
		}

	}

	/**
	 * A column other than the primary key that an FK constraint references, so it needs a unique key.
	 * @param attribute the referenced attribute
	 * @param origin the first association that references it, for messages
	 */
	record ReferencedKey(Attribute attribute, String origin) {

	}

}
