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
 * required), the conditions of each node, and {@code EXISTS} semi-joins for required to-many includes.
 */
final class TreeWriter {

	private TreeWriter() {
	}

	static String alias(String prefix, NodePlan node) {
		return prefix + node.alias();
	}

	/**
	 * Writes the columns of a node and its joins, each named {@code c<index>} so that a wrapping query can refer to
	 * them.
	 */
	static void selectList(SqlWriter out, NodePlan node, String prefix) {
		String alias = alias(prefix, node);
		List<Attribute> columns = node.columns();
		for (int i = 0; i < columns.size(); i++) {
			if (node.firstColumn() + i > 1) {
				out.append(", ");
			}
			out.column(alias, columns.get(i)).append(" AS c").append(Integer.toString(node.firstColumn() + i));
		}
		for (NodePlan join : node.joins()) {
			selectList(out, join, prefix);
		}
	}

	static void joins(SqlWriter out, NodePlan node, String prefix, boolean requiredOnly) {
		String parentAlias = alias(prefix, node);
		for (NodePlan child : node.joins()) {
			if (requiredOnly && !child.required()) {
				continue;
			}
			AssociationMetadata association = child.association();
			String alias = alias(prefix, child);
			// a required join under an optional one must only drop the optional row, not the root: nest it
			boolean group = !child.required() && hasRequiredJoin(child);
			out.append(child.required() ? " INNER JOIN " : " LEFT JOIN ");
			if (group) {
				out.append("(");
			}
			out.table(child.model().table(), alias);
			if (group) {
				joins(out, child, prefix, requiredOnly);
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
			nodeTerms(out, child, alias);
			out.endClause(saved);
			if (!group) {
				joins(out, child, prefix, requiredOnly);
			}
		}
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
	 * Writes a node's own condition and the semi-joins of its required to-many includes as terms of the current
	 * clause.
	 */
	static void nodeTerms(SqlWriter out, NodePlan node, String alias) {
		if (node.where() != null) {
			out.and();
			ConditionWriter.write(out, node.model(), alias, node.where());
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
		joins(out, level.target(), prefix, true);
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
		out.append(" FROM ").table(level.target().model().table(), alias);
		JoinTable join = level.association().join();
		if (join != null) {
			String joinAlias = prefix + "j";
			out.append(" INNER JOIN ").table(join.model().table(), joinAlias).append(" ON ");
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
			case BELONGS_TO_MANY -> out.columnName(prefix + "j", association.joinTable().foreignKey());
		};
	}

	/**
	 * Writes the through scope, the scope and the target's own terms of a keyed statement.
	 */
	static void linkTerms(SqlWriter out, LevelPlan level, String prefix) {
		JoinTable join = level.association().join();
		if (join != null) {
			ConditionWriter.scope(out, join.model(), prefix + "j", join.scope());
		}
		String alias = alias(prefix, level.target());
		ConditionWriter.scope(out, level.target().model(), alias, level.association().scope());
		nodeTerms(out, level.target(), alias);
	}

	/**
	 * Writes the order entries then the root's primary key, so that rows come in a stable order.
	 */
	static void orderList(SqlWriter out, List<OrderPlan> orders, NodePlan root, String prefix) {
		boolean first = true;
		for (OrderPlan order : orders) {
			out.append(first ? "" : ", ").column(alias(prefix, order.node()), order.attribute());
			out.append(" ").append(order.direction().name());
			first = false;
		}
		Attribute id = root.model().id();
		if (id != null) {
			out.append(first ? "" : ", ").column(alias(prefix, root), id);
		}
		else if (first) {
			out.append("1");
		}
	}

}
