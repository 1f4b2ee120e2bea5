package dev.association.sql;

import java.util.List;

import dev.association.metadata.Attribute;
import dev.association.plan.FindPlan;
import dev.association.plan.LevelPlan;
import dev.association.plan.NodePlan;
import dev.association.plan.OrderPlan;
import dev.association.sql.TreeWriter.Part;
import org.jspecify.annotations.Nullable;

/**
 * Writes statements whose rows are limited before to-many levels are joined to them: the limited rows (with their
 * to-one joins, conditions, order and limit) are a derived table {@code x}, its columns named {@code c<index>} and its
 * order values {@code o<n>}; the outer query joins the levels to {@code x} and orders by {@code x}'s order, then by the
 * levels'. A top-level limit so counts top-level rows, whatever is joined.
 */
final class DerivedSelects {

	private static final String PREFIX = SelectRenderer.PREFIX;

	private DerivedSelects() {
	}

	/**
	 * The root statement of a find with a limit or an offset and joined levels.
	 */
	static void find(SqlWriter out, FindPlan plan) {
		NodePlan root = plan.root();
		String rootAlias = TreeWriter.alias(PREFIX, root);
		out.append("SELECT ");
		TreeWriter.selectList(out, root, PREFIX, Part.OUTER);
		out.append(" FROM (SELECT ");
		TreeWriter.selectList(out, root, PREFIX, Part.INNER);
		orderColumns(out, plan.orders(), PREFIX);
		out.append(" FROM ").table(root.model(), rootAlias);
		TreeWriter.joins(out, root, PREFIX, Part.INNER);
		TreeWriter.nodeTerms(out, root, rootAlias);
		out.append(" ORDER BY ");
		TreeWriter.orderList(out, plan.orders(), root, PREFIX);
		SelectRenderer.limitOffset(out, plan.limitSlot(), plan.offsetSlot());
		out.append(") ").append(TreeWriter.DERIVED);
		TreeWriter.joins(out, root, PREFIX, Part.OUTER);
		out.append(" ORDER BY ");
		orderList(out, plan.orders(), root, root.model().id());
		TreeWriter.joinedOrders(out, root, PREFIX);
	}

	/**
	 * Writes {@code SELECT} and the columns of a keyed statement read from its derived table: the target's (then its
	 * joined levels' from their tables), the join-table columns and the parent key.
	 */
	static void outerLevelSelect(SqlWriter out, LevelPlan level) {
		out.append("SELECT ");
		TreeWriter.selectList(out, level.target(), PREFIX, Part.OUTER);
		for (int i = 0; i < level.through().size(); i++) {
			derived(out, level.throughFirstColumn() + i);
		}
		if (level.rowKeyColumnOfItsOwn()) {
			derived(out, level.rowKeyColumn());
		}
		derived(out, level.linkColumn());
	}

	/**
	 * Writes the end of an accessor's statement after its limit: the levels joined to the derived table, then the
	 * order.
	 */
	static void outerLevelTail(SqlWriter out, LevelPlan level) {
		out.append(") ").append(TreeWriter.DERIVED);
		TreeWriter.joins(out, level.target(), PREFIX, Part.OUTER);
		out.append(" ORDER BY ");
		orderList(out, level.orders(), level.target(), level.target().model().id());
		if (level.rowKeyOnJoinTable()) {
			out.append(", ").append(TreeWriter.DERIVED + ".c" + level.rowKeyColumn());
		}
		TreeWriter.joinedOrders(out, level.target(), PREFIX);
	}

	/**
	 * Writes the values a statement is ordered by as extra columns {@code o1, o2...} of the derived table.
	 */
	static void orderColumns(SqlWriter out, List<OrderPlan> orders, String prefix) {
		for (int i = 0; i < orders.size(); i++) {
			OrderPlan order = orders.get(i);
			out.append(", ").column(TreeWriter.orderAlias(prefix, order), order.attribute());
			out.append(" AS o").append(Integer.toString(i + 1));
		}
	}

	/**
	 * Writes the derived table's order values, then the primary key of its root when it has one (a find's root
	 * always has one; an accessor's target may be keyed by its join row only).
	 */
	private static void orderList(SqlWriter out, List<OrderPlan> orders, NodePlan root, @Nullable Attribute id) {
		for (int i = 0; i < orders.size(); i++) {
			out.append((i > 0) ? ", " : "").append(TreeWriter.DERIVED + ".o" + (i + 1)).append(" ");
			out.append(orders.get(i).direction().name());
		}
		if (id != null) {
			out.append(orders.isEmpty() ? "" : ", ").append(TreeWriter.derivedColumn(root, id));
		}
		else if (orders.isEmpty()) {
			out.append("1");
		}
	}

	private static void derived(SqlWriter out, int index) {
		String column = TreeWriter.DERIVED + ".c" + index;
		out.append(", ").append(column).append(" AS c").append(Integer.toString(index));
	}

}
