package dev.association.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.AssociationDefinitionException;
import dev.association.schema.TableDefinition.ForeignKey;

/**
 * Orders tables so that every table comes after the tables its FK constraints reference, and reports a cycle with
 * Sequelize's message: {@code Cyclic dependency found. 'users' is dependent of itself. Dependency chain: users ->
 * pictures => users}.
 */
final class DependencySorter {

	private final Map<String, TableDefinition> tables;

	private final Set<String> done = new LinkedHashSet<>();

	private final List<String> path = new ArrayList<>();

	private final List<TableDefinition> sorted = new ArrayList<>();

	private DependencySorter(Map<String, TableDefinition> tables) {
		this.tables = tables;
	}

	static List<TableDefinition> sort(Map<String, TableDefinition> tables) {
		DependencySorter sorter = new DependencySorter(tables);
		for (String table : tables.keySet()) {
			sorter.visit(table);
		}
		return sorter.sorted;
	}

	private void visit(String table) {
		if (this.done.contains(table)) {
			return;
		}
		int seen = this.path.indexOf(table);
		if (seen >= 0) {
			List<String> chain = this.path.subList(seen, this.path.size());
			throw new AssociationDefinitionException("Cyclic dependency found. '" + table
					+ "' is dependent of itself. Dependency chain: " + String.join(" -> ", chain) + " => " + table);
		}
		this.path.add(table);
		TableDefinition definition = this.tables.get(table);
		Set<String> dependencies = new LinkedHashSet<>();
		for (ForeignKey foreignKey : definition.foreignKeys()) {
			if (!foreignKey.referencedTable().equals(table) && this.tables.containsKey(foreignKey.referencedTable())) {
				dependencies.add(foreignKey.referencedTable());
			}
		}
		for (String dependency : dependencies) {
			visit(dependency);
		}
		this.path.remove(this.path.size() - 1);
		this.done.add(table);
		this.sorted.add(definition);
	}

}
