package dev.association.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.JoinTable;
import dev.association.metadata.Metamodel;

/**
 * What {@link Schema#validate()} checks on the database, counted from the same table definitions: every table
 * (join tables among them), every column, the foreign-key columns among them, and the unique keys that foreign keys
 * reference.
 * @param tables the tables, join tables included
 * @param joinTables the join tables of belongsToMany associations
 * @param columns the columns of every table
 * @param foreignKeyColumns the columns that hold a foreign key
 * @param referencedUniqueKeys the non-primary keys that foreign keys reference
 */
public record SchemaChecks(int tables, int joinTables, int columns, int foreignKeyColumns,
		int referencedUniqueKeys) {

	/**
	 * The checks of a metamodel's schema.
	 * @param metamodel the models
	 * @return the counts
	 */
	public static SchemaChecks of(Metamodel metamodel) {
		List<TableDefinition> tables = new SchemaPlanner(metamodel, false).plan();
		Set<Object> joinTables = new LinkedHashSet<>();
		Set<String> foreignKeyColumns = new LinkedHashSet<>();
		for (AssociationMetadata association : metamodel.associations()) {
			foreignKeyColumns.add(association.foreignKeyHolder().qualifiedTable() + "." + association.foreignKey().column());
			JoinTable join = association.join();
			if (join != null) {
				joinTables.add(join.model());
				foreignKeyColumns.add(join.model().qualifiedTable() + "." + join.otherKey().column());
			}
		}
		int columns = tables.stream().mapToInt((table) -> table.columns().size()).sum();
		int referenced = tables.stream().mapToInt((table) -> table.referencedKeys().size()).sum();
		return new SchemaChecks(tables.size(), joinTables.size(), columns, foreignKeyColumns.size(), referenced);
	}

	/**
	 * The counts as a sentence: {@code 18 tables (3 join tables), 96 columns, 21 foreign-key columns}.
	 * @return the description
	 */
	public String describe() {
		String text = plural(this.tables, "table") + " (" + plural(this.joinTables, "join table") + "), "
				+ plural(this.columns, "column") + ", " + plural(this.foreignKeyColumns, "foreign-key column");
		return (this.referencedUniqueKeys > 0) ? text + ", " + plural(this.referencedUniqueKeys, "referenced unique key")
				: text;
	}

	/**
	 * A count with its noun: {@code 1 table}, {@code 2 tables}.
	 * @param count the count
	 * @param noun the singular noun
	 * @return the text
	 */
	public static String plural(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
