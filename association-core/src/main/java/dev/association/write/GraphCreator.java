package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.WriteException;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.JoinTable;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Include;
import dev.association.sql.BoundValue;
import dev.association.sql.ForeignKeyStatements;
import dev.association.sql.JoinStatements;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Sequelize's {@code create(values, { include })} for one instance or many: saves the rows that the included
 * association fields hold, nested to any depth, in one transaction, one level at a time so that the statements
 * depend on the include tree and not on the number of rows. At each level: belongsTo targets first (their keys set
 * on the sources), then the rows, then hasOne/hasMany children (foreign key and scope set), then belongsToMany
 * targets and their join rows. A target whose primary key is set is linked, not inserted (a hasOne/hasMany child by
 * one batched UPDATE of its foreign key). When a statement fails, the transaction rolls every row back, the keys
 * given to the instances are taken back, and a constraint is a {@link WriteException} naming the association.
 */
final class GraphCreator {

	private final WriteContext context;

	private final ModelWriter rows;

	GraphCreator(WriteContext context, ModelWriter rows) {
		this.context = context;
		this.rows = rows;
	}

	<T> List<T> create(ModelMetadata model, List<T> instances, List<Include> includes) {
		List<GraphIncludes> tree = GraphIncludes.resolve(model, includes, Set.of());
		Instant now = this.context.timestamps().now();
		Map<Object, Attribute> keyed = new IdentityHashMap<>();
		try {
			this.context.inTransaction(() -> {
				insert(model, distinct(instances), tree, now, keyed, model.name());
			});
		}
		catch (RuntimeException | Error ex) {
			keyed.forEach(GraphCreator::unsetKey);
			throw ex;
		}
		return instances;
	}

	private void insert(ModelMetadata model, List<Object> instances, List<GraphIncludes> tree, Instant now,
			Map<Object, Attribute> keyed, String what) {
		if (instances.isEmpty()) {
			return;
		}
		for (GraphIncludes node : tree) {
			if (node.association().kind() == AssociationKind.BELONGS_TO) {
				belongsTo(node, instances, now, keyed);
			}
		}
		ModelRows sql = this.context.rows(model);
		Attribute id = model.id();
		if (id != null) {
			for (Object instance : instances) {
				if (isNew(model, instance)) {
					keyed.put(instance, id);
				}
			}
		}
		refusedAs(what, () -> this.rows.insertAll(sql, instances, null, now));
		for (GraphIncludes node : tree) {
			switch (node.association().kind()) {
				case HAS_ONE, HAS_MANY -> children(node, instances, now, keyed);
				case BELONGS_TO_MANY -> belongsToMany(node, instances, now, keyed);
				case BELONGS_TO -> {
				}
			}
		}
	}

	private void belongsTo(GraphIncludes node, List<Object> sources, Instant now, Map<Object, Attribute> keyed) {
		AssociationMetadata association = node.association();
		FieldAccess field = field(association);
		List<Object> targets = new ArrayList<>();
		for (Object source : sources) {
			Object target = field.get(source);
			if (target != null) {
				targets.add(target);
			}
		}
		insertNew(node, distinct(targets), now, keyed);
		for (Object source : sources) {
			Object target = field.get(source);
			if (target != null) {
				association.foreignKey().set(source, association.targetKey().get(target));
			}
		}
	}

	private void children(GraphIncludes node, List<Object> sources, Instant now, Map<Object, Attribute> keyed) {
		AssociationMetadata association = node.association();
		ModelMetadata target = association.target();
		List<Object> children = new ArrayList<>();
		for (Object source : sources) {
			Object key = association.sourceKey().get(source);
			for (Object child : targets(field(association).get(source))) {
				association.foreignKey().set(child, key);
				association.scope().forEach((name, value) -> target.attribute(name).set(child, value));
				children.add(child);
			}
		}
		List<Object> all = distinct(children);
		List<Object> linked = all.stream().filter((child) -> !isNew(target, child)).toList();
		insertNew(node, all, now, keyed);
		if (!linked.isEmpty()) {
			link(association, linked, now);
		}
	}

	/**
	 * Points existing children at their new parent: one batched {@code UPDATE target SET fk = ?, <scope>,
	 * updated_at = ? WHERE id = ?}.
	 */
	private void link(AssociationMetadata association, List<Object> children, Instant now) {
		ForeignKeyStatements sql = this.context.foreignKeyStatements(association);
		Attribute updatedAt = WriteContext.touchedUpdatedAt(association.target());
		Attribute id = association.target().requireId();
		List<List<BoundValue>> batch = new ArrayList<>(children.size());
		for (Object child : children) {
			List<BoundValue> row = new ArrayList<>();
			row.add(BoundValue.of(association.foreignKey(), association.foreignKey().get(child)));
			row.addAll(sql.linkScope());
			if (updatedAt != null) {
				Object time = this.context.timestamps().value(updatedAt, now);
				row.add(BoundValue.of(updatedAt, time));
				updatedAt.set(child, time);
			}
			row.add(BoundValue.of(id, id.get(child)));
			batch.add(row);
		}
		refusedAs(association.describe(), () -> this.context.statements().batch(sql.linkOne(), batch, 1000));
	}

	private void belongsToMany(GraphIncludes node, List<Object> sources, Instant now, Map<Object, Attribute> keyed) {
		AssociationMetadata association = node.association();
		ModelMetadata target = association.target();
		List<Object[]> pairs = new ArrayList<>();
		List<Object> targets = new ArrayList<>();
		for (Object source : sources) {
			for (Object item : targets(field(association).get(source))) {
				pairs.add(new Object[] { source, item });
				targets.add(item);
			}
		}
		List<Object> all = distinct(targets);
		for (Object item : all) {
			if (isNew(target, item)) {
				association.scope().forEach((name, value) -> target.attribute(name).set(item, value));
			}
		}
		insertNew(node, all, now, keyed);
		joinRows(association, pairs, now);
	}

	private void joinRows(AssociationMetadata association, List<Object[]> pairs, Instant now) {
		JoinTable join = association.joinTable();
		JoinStatements sql = this.context.joinStatements(association);
		ModelRows joinModel = this.context.rows(join.model());
		FieldAccess throughField = association.throughField();
		Set<List<Object>> seen = new HashSet<>();
		List<Object> rows = new ArrayList<>();
		List<List<BoundValue>> synthetic = new ArrayList<>();
		for (Object[] pair : pairs) {
			Object sourceKey = association.sourceKey().get(pair[0]);
			Object targetKey = association.targetKey().get(pair[1]);
			if (!seen.add(List.of(sourceKey, targetKey))) {
				continue;
			}
			if (!join.isModel()) {
				List<BoundValue> row = new ArrayList<>();
				for (Attribute column : joinModel.columnsWithoutId()) {
					Object value = (column == join.foreignKey()) ? sourceKey
							: (column == join.otherKey()) ? targetKey : null;
					row.add(BoundValue.of(column, value));
				}
				synthetic.add(row);
				continue;
			}
			Object given = (throughField != null) ? throughField.get(pair[1]) : null;
			Object row = joinModel.model().newInstance();
			if (given != null) {
				for (Attribute attribute : joinModel.columns()) {
					attribute.set(row, attribute.get(given));
				}
			}
			join.foreignKey().set(row, sourceKey);
			join.otherKey().set(row, targetKey);
			join.scope().forEach((name, value) -> joinModel.model().attribute(name).set(row, value));
			if (throughField != null && given == null) {
				throughField.set(pair[1], row);
			}
			rows.add(row);
		}
		if (!rows.isEmpty()) {
			refusedAs(association.describe(), () -> this.rows.insertAll(joinModel, rows, sql.insert(), now));
		}
		if (!synthetic.isEmpty()) {
			refusedAs(association.describe(), () -> this.context.statements().batch(sql.insert(), synthetic, 1000));
		}
	}

	private void insertNew(GraphIncludes node, List<Object> targets, Instant now, Map<Object, Attribute> keyed) {
		ModelMetadata target = node.association().target();
		List<Object> fresh = targets.stream().filter((item) -> isNew(target, item)).toList();
		insert(target, fresh, node.children(), now, keyed, node.association().describe());
	}

	private static void refusedAs(String what, Runnable work) {
		try {
			work.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw refused(what, ex);
		}
	}

	private static WriteException refused(String what, DataIntegrityViolationException ex) {
		return new WriteException("Cannot create the rows of " + what + ": the database refused ("
				+ ex.getMostSpecificCause().getMessage() + "). No row of the graph was created.", ex);
	}

	/**
	 * Whether an instance is to be inserted: it has no primary key value yet (or its model has no primary key).
	 */
	private static boolean isNew(ModelMetadata model, Object instance) {
		Attribute id = model.id();
		if (id == null) {
			return true;
		}
		Object value = id.get(instance);
		return value == null
				|| (id.javaType().isPrimitive() && value instanceof Number number && number.longValue() == 0);
	}

	private static void unsetKey(Object instance, Attribute id) {
		if (!id.javaType().isPrimitive()) {
			id.set(instance, null);
			return;
		}
		id.set(instance, switch (id.valueType()) {
			case INTEGER -> 0;
			case SHORT -> (short) 0;
			default -> 0L;
		});
	}

	private static FieldAccess field(AssociationMetadata association) {
		FieldAccess field = association.field();
		if (field == null) {
			throw new IllegalStateException(association.describe() + " has no field");
		}
		return field;
	}

	private static Collection<?> targets(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		return (value instanceof Collection<?> collection) ? collection : List.of(value);
	}

	private static <T> List<Object> distinct(Collection<T> instances) {
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Object> distinct = new ArrayList<>(instances.size());
		for (T instance : instances) {
			if (instance != null && seen.add(instance)) {
				distinct.add(instance);
			}
		}
		return distinct;
	}

}
