package dev.association.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.AssociationDefinitionException;
import dev.association.ReferentialAction;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.schema.TableDefinition.ColumnDefinition;
import dev.association.schema.TableDefinition.ForeignKey;
import dev.association.schema.TableDefinition.ReferencedKey;

/**
 * Computes the {@link TableDefinition}s of a metamodel, in FK-dependency order: columns, keys, FK constraints
 * (one per column, the owner side's rules winning over a belongsTo's defaults), and FK indexes.
 */
final class SchemaPlanner {

	private final Metamodel metamodel;

	private final boolean serverIndexesForeignKeys;

	SchemaPlanner(Metamodel metamodel, boolean serverIndexesForeignKeys) {
		this.metamodel = metamodel;
		this.serverIndexesForeignKeys = serverIndexesForeignKeys;
	}

	/**
	 * The tables in creation order.
	 * @return the definitions
	 * @throws AssociationDefinitionException on a cycle of FK constraints
	 */
	List<TableDefinition> plan() {
		Map<ModelMetadata, Map<String, ForeignKey>> constraints = new LinkedHashMap<>();
		for (ModelMetadata model : this.metamodel.tables()) {
			constraints.put(model, foreignKeys(model));
		}
		Map<String, TableDefinition> byTable = new LinkedHashMap<>();
		for (ModelMetadata model : this.metamodel.tables()) {
			byTable.put(model.qualifiedTable(), table(model, constraints));
		}
		return DependencySorter.sort(byTable);
	}

	private TableDefinition table(ModelMetadata model, Map<ModelMetadata, Map<String, ForeignKey>> constraints) {
		Map<String, ForeignKey> foreignKeys = constraints.get(model);
		Set<String> notNull = new LinkedHashSet<>();
		Set<String> fkColumns = new LinkedHashSet<>();
		List<List<String>> uniqueKeys = new ArrayList<>();
		List<String> primaryKey = new ArrayList<>();
		for (AssociationMetadata association : this.metamodel.associations()) {
			if (association.foreignKeyHolder() == model) {
				fkColumns.add(association.foreignKey().column());
				if (!association.foreignKeyAllowNull()) {
					notNull.add(association.foreignKey().column());
				}
			}
			JoinTable join = association.join();
			if (join != null && join.model() == model) {
				fkColumns.add(join.otherKey().column());
				notNull.add(join.otherKey().column());
				List<String> pair = join.linkKey().stream().map(Attribute::column).toList();
				if (model.id() == null) {
					if (primaryKey.isEmpty()) {
						primaryKey.addAll(pair);
					}
				}
				else if (join.unique() && !containsKey(uniqueKeys, pair)) {
					uniqueKeys.add(pair);
				}
			}
		}
		if (model.id() != null) {
			primaryKey.add(model.id().column());
		}
		List<ColumnDefinition> columns = new ArrayList<>();
		for (Attribute attribute : model.attributes()) {
			boolean nullable = attribute.isNullable() && !notNull.contains(attribute.column())
					&& !primaryKey.contains(attribute.column());
			columns.add(new ColumnDefinition(attribute, nullable));
			if (attribute.isUnique()) {
				uniqueKeys.add(List.of(attribute.column()));
			}
		}
		List<ReferencedKey> referencedKeys = referencedKeys(model, primaryKey, constraints);
		for (ReferencedKey key : referencedKeys) {
			if (!uniqueKeys.contains(List.of(key.attribute().column()))) {
				uniqueKeys.add(List.of(key.attribute().column()));
			}
		}
		List<String> indexed = new ArrayList<>();
		for (String column : fkColumns) {
			boolean leadsKey = (!primaryKey.isEmpty() && primaryKey.get(0).equals(column))
					|| uniqueKeys.stream().anyMatch((key) -> key.get(0).equals(column));
			boolean serverIndexed = this.serverIndexesForeignKeys && foreignKeys.containsKey(column);
			if (!leadsKey && !serverIndexed) {
				indexed.add(column);
			}
		}
		return new TableDefinition(model, columns, primaryKey, uniqueKeys, List.copyOf(foreignKeys.values()), indexed,
				referencedKeys);
	}

	/**
	 * The columns of a table other than its primary key that FK constraints reference ({@code sourceKey},
	 * {@code targetKey}): each needs a unique key, or PostgreSQL and H2 refuse the constraint.
	 */
	private static List<ReferencedKey> referencedKeys(ModelMetadata model, List<String> primaryKey,
			Map<ModelMetadata, Map<String, ForeignKey>> constraints) {
		Map<String, ReferencedKey> keys = new LinkedHashMap<>();
		for (Map<String, ForeignKey> foreignKeys : constraints.values()) {
			for (ForeignKey foreignKey : foreignKeys.values()) {
				Attribute key = foreignKey.referencedKey();
				if (foreignKey.referenced() == model && !primaryKey.equals(List.of(key.column()))) {
					keys.putIfAbsent(key.column(), new ReferencedKey(key, foreignKey.origin()));
				}
			}
		}
		return List.copyOf(keys.values());
	}

	private static boolean containsKey(List<List<String>> keys, List<String> pair) {
		return keys.stream().anyMatch((key) -> Set.copyOf(key).equals(Set.copyOf(pair)));
	}

	private Map<String, ForeignKey> foreignKeys(ModelMetadata model) {
		Map<String, ForeignKey> byColumn = new LinkedHashMap<>();
		Map<String, AssociationMetadata> origins = new LinkedHashMap<>();
		Set<String> unconstrained = new LinkedHashSet<>();
		for (AssociationMetadata association : this.metamodel.associations()) {
			for (ForeignKey candidate : constraintsOf(association, model)) {
				if (!association.constraints()) {
					unconstrained.add(candidate.column());
					continue;
				}
				ForeignKey existing = byColumn.get(candidate.column());
				if (existing == null) {
					byColumn.put(candidate.column(), candidate);
					origins.put(candidate.column(), association);
				}
				else if (!existing.referencedTable().equals(candidate.referencedTable())) {
					throw new AssociationDefinitionException(model.qualifiedTable() + "." + candidate.column()
							+ " would reference both '" + existing.referencedTable() + "' (" + existing.origin()
							+ ") and '" + candidate.referencedTable() + "' (" + candidate.origin()
							+ "). A polymorphic foreign key needs constraints(false) on its associations.");
				}
				else if (prefer(association, origins.get(candidate.column()))) {
					byColumn.put(candidate.column(), candidate);
					origins.put(candidate.column(), association);
				}
			}
		}
		unconstrained.forEach(byColumn::remove);
		return byColumn;
	}

	/**
	 * Of two associations that share one FK column, the owner side (hasOne/hasMany/belongsToMany) sets the rules,
	 * unless the belongsTo side chose non-default ones.
	 */
	private static boolean prefer(AssociationMetadata candidate, AssociationMetadata current) {
		boolean currentIsDefaultBelongsTo = current.kind() == AssociationKind.BELONGS_TO && hasDefaultRules(current);
		boolean candidateIsCustomBelongsTo = candidate.kind() == AssociationKind.BELONGS_TO && !hasDefaultRules(candidate);
		return (candidate.kind() != AssociationKind.BELONGS_TO && currentIsDefaultBelongsTo) || candidateIsCustomBelongsTo;
	}

	private static boolean hasDefaultRules(AssociationMetadata association) {
		ReferentialAction byDefault = association.foreignKeyAllowNull() ? ReferentialAction.SET_NULL
				: ReferentialAction.CASCADE;
		return association.onDelete() == byDefault && association.onUpdate() == ReferentialAction.CASCADE;
	}

	private static List<ForeignKey> constraintsOf(AssociationMetadata association, ModelMetadata model) {
		String origin = association.describe();
		ReferentialAction onDelete = association.onDelete();
		ReferentialAction onUpdate = association.onUpdate();
		return switch (association.kind()) {
			case BELONGS_TO -> (association.source() != model) ? List.of()
					: List.of(new ForeignKey(association.foreignKey().column(), association.target(),
							association.targetKey(), onDelete, onUpdate, origin));
			case HAS_ONE, HAS_MANY -> (association.target() != model) ? List.of()
					: List.of(new ForeignKey(association.foreignKey().column(), association.source(),
							association.sourceKey(), onDelete, onUpdate, origin));
			case BELONGS_TO_MANY -> {
				JoinTable join = association.joinTable();
				if (join.model() != model) {
					yield List.of();
				}
				ForeignKey own = new ForeignKey(join.foreignKey().column(), association.source(),
						association.sourceKey(), onDelete, onUpdate, origin);
				// the inverse rules the other column as its own foreign key; constraints(false) still drops both
				yield (!association.rulesTheOtherKey() && association.constraints()) ? List.of(own) : List.of(own,
						new ForeignKey(join.otherKey().column(), association.target(), association.targetKey(),
								onDelete, onUpdate, origin));
			}
		};
	}

}
