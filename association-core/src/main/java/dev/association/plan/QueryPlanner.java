package dev.association.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.QueryException;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Sort;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Turns a find and the model metadata into an immutable plan: one statement for the root and its to-one includes,
 * one level per to-many include. Every error of a find (unknown alias or attribute, a value of the wrong type, an
 * option the association kind does not allow) is raised here, as a {@link QueryException}, before any SQL runs.
 */
public final class QueryPlanner {

	/**
	 * Plans a top-level find.
	 * @param model the root model
	 * @param find the find
	 * @return the plan
	 */
	public FindPlan plan(ModelMetadata model, Find find) {
		Statement statement = new Statement(Slots.of(find));
		Set<ModelMetadata> path = Set.of(model);
		Attribute key = null;
		if (joinsToMany(model, find.getIncludes(), path)) {
			key = requireKey(model, model.id(), "A find of " + model.name() + " has an include with separate(false)");
		}
		NodePlan root = node(statement, model, null, find.getAttributes(), find.getWhere(), false, find.isParanoid(),
				find.getIncludes(), path, key);
		root = OrderPlanner.withOrderPaths(root, find.getOrders());
		Slots slots = statement.slots;
		return new FindPlan(root, OrderPlanner.orders(root, find.getOrders(), true), slots.findLimit, slots.findOffset,
				slots.parameters());
	}

	/**
	 * Plans the targets of one association for one source row (the accessors' {@code get} and {@code count}).
	 * @param association the association
	 * @param find condition, attributes, includes, order, limit and offset of the targets
	 * @return the plan
	 */
	public AssociatedPlan planAssociated(AssociationMetadata association, Find find) {
		Include include = Include.of(association.alias());
		if (find.getWhere() != null) {
			include = include.where(find.getWhere());
		}
		if (find.getAttributes() != null) {
			include = include.attributes(find.getAttributes().toArray(String[]::new));
		}
		for (Sort sort : find.getOrders()) {
			include = include.order(sort.path(), sort.direction());
		}
		include = include.include(find.getIncludes().toArray(Include[]::new)).paranoid(find.isParanoid());
		Slots slots = Slots.of(find);
		LevelPlan level = level(null, slots, association, include,
				new HashSet<>(List.of(association.source(), association.target())));
		return new AssociatedPlan(level, slots.findLimit, slots.findOffset, slots.parameters());
	}

	/**
	 * Checks a condition on one model's own attributes, as a find's where is checked: every attribute exists and
	 * every value fits its type (the write engine's {@code destroy(Where)}).
	 * @param model the model
	 * @param where the condition
	 * @throws QueryException naming the model and attribute when it does not fit
	 */
	public void checkCondition(ModelMetadata model, Where where) {
		ConditionChecker.check(model, where);
	}

	/**
	 * The association paths of a checked condition on one model (the write engine's {@code destroy(Where)}).
	 * @param model the model
	 * @param where the condition, checked by {@link #checkCondition}
	 * @return the resolved paths, {@link ConditionPaths#NONE} when it names the model's own attributes only
	 */
	public ConditionPaths paths(ModelMetadata model, Where where) {
		return PathResolver.resolve(model, where);
	}

	private NodePlan node(Statement statement, ModelMetadata model, @Nullable AssociationMetadata joinedBy,
			@Nullable List<String> attributes, @Nullable Where where, boolean required, boolean paranoid,
			List<Include> includes, Set<ModelMetadata> path, @Nullable Attribute key) {
		int alias = statement.nextAlias++;
		Map<AssociationMetadata, Include> resolved = IncludeResolver.resolve(model, includes, path, statement.slots);
		LinkedHashSet<Attribute> columns = new LinkedHashSet<>(selected(model, attributes));
		Attribute parentKey = parentKey(model, joinedBy, columns);
		if (parentKey != null) {
			columns.remove(parentKey);
		}
		int assigned = columns.size();
		if (joinedBy != null && parentKey == null) {
			columns.add(NodePlan.presenceAttribute(joinedBy));
		}
		if (key != null) {
			columns.add(key);
		}
		for (AssociationMetadata association : resolved.keySet()) {
			if (association.kind().isToMany() || association.kind() == AssociationKind.HAS_ONE) {
				// the key of its rows' parent, or the value a hasOne joined here takes as its foreign key
				columns.add(association.sourceKey());
			}
		}
		if (columns.isEmpty()) {
			columns.add((model.id() != null) ? model.id() : model.attributes().get(0));
		}
		int firstColumn = statement.nextColumn;
		statement.nextColumn += columns.size();
		ConditionChecker.check(model, where);
		List<Integer> whereSlots = statement.slots.of(model, where);
		ConditionPaths paths = PathResolver.resolve(model, where);
		List<NodePlan> joins = new ArrayList<>();
		List<LevelPlan> levels = new ArrayList<>();
		// to-one joins first, then joined to-many levels: the order in which their columns follow this node's
		for (Map.Entry<AssociationMetadata, Include> entry : resolved.entrySet()) {
			AssociationMetadata association = entry.getKey();
			Include include = entry.getValue();
			requireField(association);
			if (!association.kind().isToMany()) {
				checkToOne(association, include);
				joins.add(node(statement, association.target(), association, include.getAttributes(),
						include.getWhere(), include.isRequired(), include.isParanoid(), include.getIncludes(),
						childPath(path, association), null));
			}
		}
		for (Map.Entry<AssociationMetadata, Include> entry : resolved.entrySet()) {
			AssociationMetadata association = entry.getKey();
			if (association.kind().isToMany()) {
				levels.add(level(statement, statement.slots, association, entry.getValue(),
						childPath(path, association)));
			}
		}
		return new NodePlan(model, joinedBy, alias, firstColumn, List.copyOf(columns), assigned, where, whereSlots,
				paths, required, List.copyOf(joins), List.copyOf(levels), paranoid ? model.deletedAt() : null,
				parentKey);
	}

	/**
	 * The foreign key of a hasOne joined into its parent's statement, when it can be set from the parent's source key
	 * instead of being read (it equals it on every row found): the target's primary key is read, to show that a row
	 * was found, and the foreign key is a field. Null otherwise.
	 */
	private static @Nullable Attribute parentKey(ModelMetadata model, @Nullable AssociationMetadata joinedBy,
			Set<Attribute> columns) {
		if (joinedBy == null || joinedBy.kind() != AssociationKind.HAS_ONE) {
			return null;
		}
		Attribute foreignKey = joinedBy.foreignKey();
		Attribute id = model.id();
		boolean settable = foreignKey.hasField() && !foreignKey.javaType().isPrimitive();
		return (id != null && id != foreignKey && columns.contains(id) && columns.contains(foreignKey) && settable)
				? foreignKey : null;
	}

	/**
	 * Plans a to-many level: its own statement, or, with {@code separate(false)}, a part of the parent's statement.
	 * @param parent the parent's statement, or null for the targets of an accessor
	 */
	private LevelPlan level(@Nullable Statement parent, Slots slots, AssociationMetadata association,
			Include include, Set<ModelMetadata> path) {
		boolean joined = parent != null && Boolean.FALSE.equals(include.getSeparate());
		if (joined && include.getLimit() != null) {
			throw new QueryException("Include of " + association.describe()
					+ " has separate(false) and a limit: a per-parent limit needs a separate statement. "
					+ "Remove separate(false) or the limit.");
		}
		ModelMetadata targetModel = association.target();
		boolean folded = joined || joinsToMany(targetModel, include.getIncludes(), path);
		Attribute rowKey = null;
		if (folded) {
			JoinTable join = association.join();
			rowKey = (join != null && join.model().id() != null) ? join.model().id() : targetModel.id();
			rowKey = requireKey(targetModel, rowKey, "Include of " + association.describe()
					+ (joined ? " has separate(false)" : " has an include with separate(false)"));
		}
		Statement statement = joined ? parent : new Statement(slots);
		NodePlan target = node(statement, targetModel, joined ? association : null, include.getAttributes(),
				include.getWhere(), false, include.isParanoid(), include.getIncludes(), path,
				folded ? targetModel.id() : null);
		List<Attribute> through = through(association, include.getThrough());
		int throughFirstColumn = statement.nextColumn;
		statement.nextColumn += through.size();
		int rowKeyColumn = 0;
		if (rowKey != null) {
			int index = target.columns().indexOf(rowKey);
			int throughIndex = through.indexOf(rowKey);
			rowKeyColumn = (index >= 0) ? target.firstColumn() + index
					: (throughIndex >= 0) ? throughFirstColumn + throughIndex : statement.nextColumn++;
		}
		int linkColumn = joined ? 0 : readLinkColumn(association, target, through, throughFirstColumn);
		if (!joined && linkColumn == 0) {
			linkColumn = statement.nextColumn++;
		}
		int limitSlot = (include.getLimit() != null) ? slots.limit(include) : -1;
		Where throughWhere = include.getThroughWhere();
		List<Integer> throughWhereSlots = List.of();
		if (throughWhere != null) {
			JoinTable join = association.join();
			if (join == null) {
				throw new QueryException("Include of " + association.describe()
						+ " has throughWhere(...): join-row conditions apply to belongsToMany includes only.");
			}
			if (PathResolver.hasPath(throughWhere)) {
				throw new QueryException("Include of " + association.describe() + " has a throughWhere(...) with an "
						+ "association path: a join-row condition names attributes of " + join.model().name()
						+ " only. Attributes of " + join.model().name() + ": " + attributeNames(join.model()) + ".");
			}
			ConditionChecker.check(join.model(), throughWhere);
			throughWhereSlots = slots.of(join.model(), throughWhere);
		}
		return new LevelPlan(association, target, include.isRequired(), OrderPlanner.orders(target, include.getOrders(), false),
				limitSlot, through, throughFirstColumn, linkColumn, joined, rowKey, rowKeyColumn, throughWhere,
				throughWhereSlots);
	}

	/**
	 * The column that already holds the parent key of a level's rows: the target's foreign key of a hasOne or
	 * hasMany, the target key of a belongsTo, the join row's foreign key of a belongsToMany when it is read as a
	 * through attribute; 0 when none is read, so that the key gets a column of its own.
	 */
	private static int readLinkColumn(AssociationMetadata association, NodePlan target, List<Attribute> through,
			int throughFirstColumn) {
		return switch (association.kind()) {
			case HAS_ONE, HAS_MANY -> columnOf(target, association.foreignKey());
			case BELONGS_TO -> columnOf(target, association.targetKey());
			case BELONGS_TO_MANY -> {
				int index = through.indexOf(association.joinTable().foreignKey());
				yield (index >= 0) ? throughFirstColumn + index : 0;
			}
		};
	}

	private static int columnOf(NodePlan node, Attribute attribute) {
		int index = node.columns().indexOf(attribute);
		return (index >= 0) ? node.firstColumn() + index : 0;
	}

	/**
	 * Whether a to-many include with {@code separate(false)} is joined into the statement of a model's rows: one of
	 * its includes, or one under its to-one includes.
	 */
	private static boolean joinsToMany(ModelMetadata model, List<Include> includes, Set<ModelMetadata> path) {
		for (Map.Entry<AssociationMetadata, Include> entry : IncludeResolver.resolve(model, includes, path, null).entrySet()) {
			AssociationMetadata association = entry.getKey();
			Include include = entry.getValue();
			if (association.kind().isToMany() ? Boolean.FALSE.equals(include.getSeparate())
					: joinsToMany(association.target(), include.getIncludes(), childPath(path, association))) {
				return true;
			}
		}
		return false;
	}

	private static Attribute requireKey(ModelMetadata model, @Nullable Attribute key, String subject) {
		if (key == null) {
			throw new QueryException(subject + ", but " + model.name()
					+ " has no primary key to fold the joined rows by. Remove separate(false).");
		}
		return key;
	}

	private static Set<ModelMetadata> childPath(Set<ModelMetadata> path, AssociationMetadata association) {
		Set<ModelMetadata> childPath = new HashSet<>(path);
		childPath.add(association.target());
		return childPath;
	}

	private static List<Attribute> selected(ModelMetadata model, @Nullable List<String> attributes) {
		if (attributes == null) {
			return model.attributes();
		}
		LinkedHashSet<Attribute> selected = new LinkedHashSet<>();
		for (String name : attributes) {
			selected.add(model.attribute(name));
		}
		return List.copyOf(selected);
	}

	private static List<Attribute> through(AssociationMetadata association, @Nullable List<String> names) {
		JoinTable join = association.join();
		if (join == null) {
			if (names != null) {
				throw new QueryException("Include of " + association.describe()
						+ " has through(...): join attributes apply to belongsToMany includes only.");
			}
			return List.of();
		}
		if (names == null) {
			return (association.throughField() != null) ? join.model().attributes() : List.of();
		}
		List<Attribute> through = new ArrayList<>();
		for (String name : names) {
			through.add(join.model().attribute(name));
		}
		if (association.throughField() == null && !through.isEmpty()) {
			throw new QueryException("Include of " + association.describe() + " has through(" + String.join(", ", names)
					+ "), but " + association.target().name() + " has no field of type " + join.model().name()
					+ " to receive the join row.");
		}
		return List.copyOf(through);
	}

	private static void requireField(AssociationMetadata association) {
		if (association.field() == null) {
			throw new QueryException("Cannot include " + association.describe() + ": " + association.source().name()
					+ " has no field '" + association.alias() + "' to receive it.");
		}
	}

	private static void checkToOne(AssociationMetadata association, Include include) {
		String problem = (include.getLimit() != null) ? "a limit"
				: !include.getOrders().isEmpty() ? "an order"
				: (include.getThrough() != null) ? "through(...)"
				: Boolean.TRUE.equals(include.getSeparate()) ? "separate(true)" : null;
		if (problem != null) {
			throw new QueryException("Include of " + association.describe() + " has " + problem + ", which applies "
					+ "to to-many includes only (hasMany, belongsToMany); a " + association.kind().label()
					+ " include is one row joined into its parent's statement.");
		}
	}

	private static String attributeNames(ModelMetadata model) {
		return String.join(", ", model.attributes().stream().map(Attribute::name).toList());
	}

	/** Alias and column counters of one statement being planned. */
	private static final class Statement {

		final Slots slots;

		int nextAlias;

		int nextColumn = 1;

		Statement(Slots slots) {
			this.slots = slots;
		}

	}

}
