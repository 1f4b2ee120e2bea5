package dev.association.sql;

import java.util.List;

import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.plan.LevelPlan;
import dev.association.plan.NodePlan;
import dev.association.plan.OrderPlan;

/**
 * Writes the parts of a statement that follow the plan's node tree: select lists, to-one joins (LEFT, or INNER when
 * required), joined to-many levels (LEFT), the conditions of each node, and {@code EXISTS} semi-joins for required
 * to-many includes.
 */
final class TreeWriter {

	/** The alias of the derived table that limits a statement's rows before its levels are joined. */
	static final String DERIVED = "x";

	private TreeWriter() {
	}

	static String alias(String prefix, NodePlan node) {
		return prefix + node.alias();
	}

	/**
	 * Writes the columns of a node, its joins and its joined levels, each named {@code c<index>} so that a wrapping
	 * query can refer to them.
	 */
	static void selectList(SqlWriter out, NodePlan node, String prefix) {
		selectList(out, node, prefix, Part.ALL);
	}

	/**
	 * Writes the columns of a node and its to-one joins (the part of the statement a derived table selects), or, for
	 * {@link Part#OUTER}, the same columns read from the derived table {@code x} followed by the joined levels'.
	 */
	static void selectList(SqlWriter out, NodePlan node, String prefix, Part part) {
		String alias = alias(prefix, node);
		List<Attribute> columns = node.columns();
		for (int i = 0; i < columns.size(); i++) {
			int index = node.firstColumn() + i;
			if (index > 1) {
				out.append(", ");
			}
			if (part == Part.OUTER) {
				out.append(DERIVED + ".c" + index);
			}
			else {
				out.column(alias, columns.get(i));
			}
			out.append(" AS c").append(Integer.toString(index));
		}
		for (NodePlan join : node.joins()) {
			selectList(out, join, prefix, part);
		}
		if (part == Part.INNER) {
			return;
		}
		for (LevelPlan level : node.levels()) {
			if (level.joined()) {
				selectList(out, level.target(), prefix, Part.ALL);
				levelColumns(out, level, prefix);
			}
		}
	}

	/**
	 * Writes the join-table columns of a level: its through attributes and, when it is on the join table, its row
	 * key.
	 */
	static void levelColumns(SqlWriter out, LevelPlan level, String prefix) {
		String joinAlias = joinAlias(prefix, level);
		List<Attribute> through = level.through();
		for (int i = 0; i < through.size(); i++) {
			out.append(", ").column(joinAlias, through.get(i)).append(" AS c");
			out.append(Integer.toString(level.throughFirstColumn() + i));
		}
		if (level.rowKeyColumnOfItsOwn()) {
			out.append(", ").column(joinAlias, level.rowKey()).append(" AS c");
			out.append(Integer.toString(level.rowKeyColumn()));
		}
	}

	/**
	 * Writes the joins of a node: its to-one includes (LEFT JOIN, or INNER when required) and its joined to-many
	 * levels, as far as {@code part} asks for them.
	 */
	static void joins(SqlWriter out, NodePlan node, String prefix, Part part) {
		String parentAlias = alias(prefix, node);
		if (part == Part.ALL || part == Part.INNER || part == Part.REQUIRED) {
			PathWriter.joins(out, parentAlias, node.paths());
		}
		for (NodePlan child : node.joins()) {
			if (part == Part.LEVELS || part == Part.OUTER) {
				joins(out, child, prefix, part);
				continue;
			}
			if (part == Part.REQUIRED && !child.required()) {
				continue;
			}
			AssociationMetadata association = child.association();
			String alias = alias(prefix, child);
			// a required join under an optional one must only drop the optional row, not the root: nest it
			boolean group = (!child.required() && hasRequiredJoin(child)) || !child.paths().joins().isEmpty();
			out.append(child.required() ? " INNER JOIN " : " LEFT JOIN ");
			if (group) {
				out.append("(");
			}
			out.table(child.model(), alias);
			if (group) {
				joins(out, child, prefix, (part == Part.ALL) ? Part.INNER : part);
				out.append(")");
			}
			String saved = out.startClause(" ON ");
			out.and();
			if (association.kind() == AssociationKind.BELONGS_TO) {
				out.column(alias, association.targetKey()).append(" = ").column(parentAlias, association.foreignKey());
			}
			else {
				out.column(alias, association.foreignKey()).append(" = ").column(parentAlias, association.sourceKey());
			}
			ConditionWriter.scope(out, child.model(), alias, association.scope());
			ConditionWriter.scopeCondition(out, association, alias);
			nodeTerms(out, child, alias);
			out.endClause(saved);
			if (!group) {
				joins(out, child, prefix, part);
			}
			else if (part == Part.ALL) {
				joins(out, child, prefix, Part.LEVELS);
			}
		}
		if (part == Part.ALL || part == Part.LEVELS || part == Part.OUTER) {
			for (LevelPlan level : node.levels()) {
				if (level.joined()) {
					joinedLevel(out, node, level, prefix, part == Part.OUTER);
				}
			}
		}
	}

	/**
	 * Writes a to-many level joined into its parent's statement: LEFT JOIN of the target (through its join table,
	 * nested, for a belongsToMany), with the through scope, the scope, the include's condition and its semi-joins in
	 * the ON clause, then the target's own joins.
	 */
	private static void joinedLevel(SqlWriter out, NodePlan parent, LevelPlan level, String prefix,
			boolean parentDerived) {
		NodePlan target = level.target();
		String alias = alias(prefix, target);
		AssociationMetadata association = level.association();
		JoinTable join = association.join();
		boolean group = join != null || hasRequiredJoin(target) || !target.paths().joins().isEmpty();
		out.append(" LEFT JOIN ");
		if (group) {
			out.append("(");
		}
		if (join != null) {
			String joinAlias = joinAlias(prefix, level);
			out.table(join.model(), joinAlias).append(" INNER JOIN ");
			out.table(target.model(), alias).append(" ON ");
			out.column(alias, association.targetKey()).append(" = ").column(joinAlias, join.otherKey());
		}
		else {
			out.table(target.model(), alias);
		}
		if (group) {
			joins(out, target, prefix, Part.INNER);
			out.append(")");
		}
		String saved = out.startClause(" ON ");
		out.and().append(linkColumn(out, level, prefix)).append(" = ");
		if (parentDerived) {
			out.append(derivedColumn(parent, association.sourceKey()));
		}
		else {
			out.column(alias(prefix, parent), association.sourceKey());
		}
		linkTerms(out, level, prefix);
		out.endClause(saved);
		joins(out, target, prefix, group ? Part.LEVELS : Part.ALL);
	}

	/**
	 * The column of a node's attribute as the derived table {@code x} returns it.
	 */
	static String derivedColumn(NodePlan node, Attribute attribute) {
		int index = node.columns().indexOf(attribute);
		if (index < 0) {
			throw new IllegalStateException(attribute + " is not read for " + node.model().name());
		}
		return DERIVED + ".c" + (node.firstColumn() + index);
	}

	/**
	 * The alias of a level's join table: one per statement for a keyed level, one per level for joined levels.
	 */
	static String joinAlias(String prefix, LevelPlan level) {
		return level.joined() ? prefix + "j" + level.target().alias() : prefix + "j";
	}

	private static boolean hasRequiredJoin(NodePlan node) {
		for (NodePlan join : node.joins()) {
			if (join.required()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes a node's soft-delete filter (a paranoid model's {@code deletedAt IS NULL}, unless the find or include
	 * reads soft-deleted rows too), its own condition and the semi-joins of its required to-many includes as terms
	 * of the current
	 * clause.
	 */
	static void nodeTerms(SqlWriter out, NodePlan node, String alias) {
		Attribute deletedAt = node.deletedAt();
		if (deletedAt != null) {
			out.and().column(alias, deletedAt).append(" IS NULL");
		}
		if (node.where() != null) {
			out.and();
			out.startSlots(node.whereSlots());
			out.startPaths(node.paths());
			ConditionWriter.write(out, node.model(), alias, node.where());
			out.endSlots();
		}
		for (LevelPlan level : node.levels()) {
			if (level.required()) {
				exists(out, level, alias);
			}
		}
	}

	private static void exists(SqlWriter out, LevelPlan level, String parentAlias) {
		String prefix = out.subqueryPrefix();
		out.and().append("EXISTS (SELECT 1");
		from(out, level, prefix);
		joins(out, level.target(), prefix, Part.REQUIRED);
		String saved = out.startClause(" WHERE ");
		out.and().append(linkColumn(out, level, prefix)).append(" = ");
		out.column(parentAlias, level.association().sourceKey());
		linkTerms(out, level, prefix);
		out.endClause(saved);
		out.append(")");
	}

	/**
	 * Writes {@code FROM target} of a keyed statement, joined to its join table for a belongsToMany.
	 */
	static void from(SqlWriter out, LevelPlan level, String prefix) {
		String alias = alias(prefix, level.target());
		out.append(" FROM ").table(level.target().model(), alias);
		JoinTable join = level.association().join();
		if (join != null) {
			String joinAlias = joinAlias(prefix, level);
			out.append(" INNER JOIN ").table(join.model(), joinAlias).append(" ON ");
			out.column(joinAlias, join.otherKey()).append(" = ").column(alias, level.association().targetKey());
		}
	}

	/**
	 * The column a keyed statement tests against the parent keys: the target's foreign key (hasOne, hasMany), its
	 * target key (belongsTo), or the join table's foreign key (belongsToMany).
	 */
	static String linkColumn(SqlWriter out, LevelPlan level, String prefix) {
		AssociationMetadata association = level.association();
		return switch (association.kind()) {
			case HAS_ONE, HAS_MANY -> out.columnName(alias(prefix, level.target()), association.foreignKey());
			case BELONGS_TO -> out.columnName(alias(prefix, level.target()), association.targetKey());
			case BELONGS_TO_MANY -> out.columnName(joinAlias(prefix, level), association.joinTable().foreignKey());
		};
	}

	/**
	 * Writes the through scope (and the soft-delete filter of a paranoid join model, whatever the include's
	 * {@code paranoid}), the scope and the target's own terms of a keyed statement.
	 */
	static void linkTerms(SqlWriter out, LevelPlan level, String prefix) {
		JoinTable join = level.association().join();
		if (join != null) {
			String joinAlias = joinAlias(prefix, level);
			ConditionWriter.scope(out, join.model(), joinAlias, join.scope());
			Attribute joinDeletedAt = join.model().deletedAt();
			if (joinDeletedAt != null) {
				out.and().column(joinAlias, joinDeletedAt).append(" IS NULL");
			}
			if (level.throughWhere() != null) {
				out.and();
				out.startSlots(level.throughWhereSlots());
				ConditionWriter.write(out, join.model(), joinAlias, level.throughWhere());
				out.endSlots();
			}
		}
		String alias = alias(prefix, level.target());
		ConditionWriter.scope(out, level.target().model(), alias, level.association().scope());
		ConditionWriter.scopeCondition(out, level.association(), alias);
		nodeTerms(out, level.target(), alias);
	}

	/**
	 * Writes the order entries then the root's primary key, so that rows come in a stable order.
	 */
	static void orderList(SqlWriter out, List<OrderPlan> orders, NodePlan root, String prefix) {
		boolean first = true;
		boolean byId = false;
		Attribute id = root.model().id();
		for (OrderPlan order : orders) {
			out.append(first ? "" : ", ").column(orderAlias(prefix, order), order.attribute());
			out.append(" ").append(order.direction().name());
			first = false;
			byId = byId || (order.node() == root && order.pathJoin() < 0 && order.attribute().equals(id));
		}
		if (id != null && !byId) {
			out.append(first ? "" : ", ").column(alias(prefix, root), id);
		}
		else if (first) {
			out.append("1");
		}
	}

	/**
	 * The alias of the table an order entry reads: its node's, or one of the node's path joins.
	 */
	static String orderAlias(String prefix, OrderPlan order) {
		return PathWriter.pathAlias(alias(prefix, order.node()), order.pathJoin());
	}

	/**
	 * Writes, after the order of a statement's rows, the order of its joined levels, parents before children: each
	 * level's order entries, its primary key and its row key, so that the rows of one target are consecutive.
	 */
	static void joinedOrders(SqlWriter out, NodePlan node, String prefix) {
		for (NodePlan join : node.joins()) {
			joinedOrders(out, join, prefix);
		}
		for (LevelPlan level : node.levels()) {
			if (level.joined()) {
				NodePlan target = level.target();
				for (OrderPlan order : level.orders()) {
					out.append(", ").column(alias(prefix, order.node()), order.attribute());
					out.append(" ").append(order.direction().name());
				}
				rowOrder(out, level, prefix);
				joinedOrders(out, target, prefix);
			}
		}
	}

	/**
	 * Writes the target's primary key and the row key when it is on the join table, each after a comma.
	 */
	static void rowOrder(SqlWriter out, LevelPlan level, String prefix) {
		Attribute id = level.target().model().id();
		if (id != null) {
			out.append(", ").column(alias(prefix, level.target()), id);
		}
		if (level.rowKeyOnJoinTable()) {
			out.append(", ").column(joinAlias(prefix, level), level.rowKey());
		}
	}

	/**
	 * The parts of a statement's node tree that {@link #selectList} and {@link #joins} write.
	 */
	enum Part {

		/** To-one joins and joined levels, every table by its alias. */
		ALL,

		/** To-one joins only: a statement without joined levels, or the derived table of one with them. */
		INNER,

		/** Required to-one joins only (counts and semi-joins). */
		REQUIRED,

		/** Joined levels only, under to-one joins already written. */
		LEVELS,

		/** Joined levels only, their parents read from the derived table {@code x}. */
		OUTER

	}

}
