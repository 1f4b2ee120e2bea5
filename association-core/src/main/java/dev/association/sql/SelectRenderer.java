package dev.association.sql;

import java.util.ArrayList;
import java.util.List;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.ValueType;
import dev.association.plan.AssociatedPlan;
import dev.association.plan.FindPlan;
import dev.association.plan.LevelPlan;
import dev.association.plan.NodePlan;
import dev.association.plan.OrderPlan;
import dev.association.query.Where;
import dev.association.sql.TreeWriter.Part;

/**
 * Renders plans as SELECT statements for one dialect: the root statement of a find, its count, and the keyed
 * statements of to-many levels and association accessors. Table aliases are {@code t0, t1...} in plan order; every
 * value is a bound parameter, and a find's values are bound as their slots ({@link ValueSlot}), so that a rendered
 * statement serves every find of its shape. A statement with joined to-many levels ({@code separate(false)}) orders
 * its rows so that the rows of one parent are consecutive; when it also has a limit, the limit applies to a derived
 * table of the parents' rows, and the levels are joined to it (see {@link DerivedSelects}).
 */
public final class SelectRenderer {

	static final String PREFIX = "t";

	private final SqlDialect dialect;

	private final TableNames tables;

	/**
	 * A renderer for one dialect.
	 * @param dialect the dialect
	 * @param tables the quoted table names of the engine
	 */
	public SelectRenderer(SqlDialect dialect, TableNames tables) {
		this.dialect = dialect;
		this.tables = tables;
	}

	/**
	 * The root statement of a find: the root with its to-one joins (and joined to-many levels), ordered, limited.
	 * @param plan the plan
	 * @return the statement
	 */
	public RenderedSelect find(FindPlan plan) {
		SqlWriter out = new SqlWriter(this.dialect, this.tables);
		NodePlan root = plan.root();
		boolean folded = root.hasJoinedLevels();
		if (folded && plan.limited()) {
			DerivedSelects.find(out, plan);
			return new RenderedSelect(out.sql.toString(), List.copyOf(out.values));
		}
		out.append("SELECT ");
		TreeWriter.selectList(out, root, PREFIX);
		out.append(" FROM ").table(root.model(), TreeWriter.alias(PREFIX, root));
		TreeWriter.joins(out, root, PREFIX, Part.ALL);
		TreeWriter.nodeTerms(out, root, TreeWriter.alias(PREFIX, root));
		if (folded || plan.limited() || !pinsPrimaryKey(root)) {
			out.append(" ORDER BY ");
			TreeWriter.orderList(out, plan.orders(), root, PREFIX);
			TreeWriter.joinedOrders(out, root, PREFIX);
			limitOffset(out, plan.limitSlot(), plan.offsetSlot());
		}
		return new RenderedSelect(out.sql.toString(), List.copyOf(out.values));
	}

	/**
	 * Whether a node's condition is, or is a conjunction with, an equality on its primary key: at most one row, which
	 * needs no order.
	 */
	static boolean pinsPrimaryKey(NodePlan node) {
		Attribute id = node.model().id();
		if (id == null || node.where() == null) {
			return false;
		}
		List<Where> terms = (node.where() instanceof Where.Junction junction && junction.and())
				? junction.conditions() : List.of(node.where());
		for (Where term : terms) {
			if (term instanceof Where.Comparison comparison && comparison.operator() == Where.Operator.EQ
					&& id.equals(node.model().findAttribute(comparison.attribute()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The count of the roots of a find: its condition and required includes, no limit.
	 * @param plan the plan
	 * @return the statement
	 */
	public RenderedSelect count(FindPlan plan) {
		SqlWriter out = new SqlWriter(this.dialect, this.tables);
		NodePlan root = plan.root();
		out.append("SELECT COUNT(*) FROM ").table(root.model(), TreeWriter.alias(PREFIX, root));
		TreeWriter.joins(out, root, PREFIX, Part.REQUIRED);
		TreeWriter.nodeTerms(out, root, TreeWriter.alias(PREFIX, root));
		return new RenderedSelect(out.sql.toString(), List.copyOf(out.values));
	}

	/**
	 * The statement of a to-many level, keyed by its parents' keys; a per-parent limit numbers the rows of each
	 * parent with {@code ROW_NUMBER() OVER (PARTITION BY ...)}.
	 * @param level the level
	 * @return the keyed statement
	 */
	public KeyedSelect level(LevelPlan level) {
		if (!level.hasLimit()) {
			return keyed(level, -1, -1);
		}
		SqlWriter out = new SqlWriter(this.dialect, this.tables);
		String linkColumn = TreeWriter.linkColumn(out, level, PREFIX);
		boolean folded = level.target().hasJoinedLevels();
		if (folded) {
			DerivedSelects.outerLevelSelect(out, level);
		}
		else {
			out.append("SELECT *");
		}
		out.append(" FROM (");
		selectLevel(out, level, linkColumn, folded ? Part.INNER : Part.ALL);
		out.append(", ROW_NUMBER() OVER (PARTITION BY ").append(linkColumn).append(" ORDER BY ");
		TreeWriter.orderList(out, level.orders(), level.target(), PREFIX);
		out.append(") AS rn");
		List<BoundValue> headValues = new ArrayList<>();
		String head = fromLevel(out, level, headValues, folded ? Part.INNER : Part.ALL);
		linkTerms(out, level);
		out.append(") ").append(TreeWriter.DERIVED);
		if (folded) {
			TreeWriter.joins(out, level.target(), PREFIX, Part.OUTER);
		}
		out.append(" WHERE x.rn <= ? ORDER BY ").bindSlot(ValueType.INTEGER, level.limitSlot());
		out.append(TreeWriter.DERIVED + ".c").append(Integer.toString(level.linkColumn()));
		if (folded) {
			out.append(", x.rn");
			TreeWriter.joinedOrders(out, level.target(), PREFIX);
		}
		else {
			windowOrder(out, level);
		}
		return keyedSelect(out, head, headValues, linkColumn);
	}

	/**
	 * The targets of one association for one source key (an accessor's {@code get}), with a plain limit and
	 * offset.
	 * @param plan the plan
	 * @return the keyed statement
	 */
	public KeyedSelect associated(AssociatedPlan plan) {
		LevelPlan level = plan.level();
		if (level.target().hasJoinedLevels() && plan.limited()) {
			SqlWriter out = new SqlWriter(this.dialect, this.tables);
			String linkColumn = TreeWriter.linkColumn(out, level, PREFIX);
			DerivedSelects.outerLevelSelect(out, level);
			out.append(" FROM (");
			selectLevel(out, level, linkColumn, Part.INNER);
			DerivedSelects.orderColumns(out, level.orders(), PREFIX);
			List<BoundValue> headValues = new ArrayList<>();
			String head = fromLevel(out, level, headValues, Part.INNER);
			linkTerms(out, level);
			out.append(" ORDER BY ");
			TreeWriter.orderList(out, level.orders(), level.target(), PREFIX);
			limitOffset(out, plan.limitSlot(), plan.offsetSlot());
			DerivedSelects.outerLevelTail(out, level);
			return keyedSelect(out, head, headValues, linkColumn);
		}
		return keyed(level, plan.limitSlot(), plan.offsetSlot());
	}

	/**
	 * The number of targets of one association for one source key.
	 * @param plan the plan
	 * @return the keyed statement
	 */
	public KeyedSelect countAssociated(AssociatedPlan plan) {
		LevelPlan level = plan.level();
		SqlWriter out = new SqlWriter(this.dialect, this.tables);
		String linkColumn = TreeWriter.linkColumn(out, level, PREFIX);
		out.append("SELECT COUNT(*)");
		TreeWriter.from(out, level, PREFIX);
		TreeWriter.joins(out, level.target(), PREFIX, Part.REQUIRED);
		out.append(" WHERE ");
		List<BoundValue> headValues = new ArrayList<>();
		String head = out.cut(headValues);
		linkTerms(out, level);
		return keyedSelect(out, head, headValues, linkColumn);
	}

	/**
	 * A keyed statement without a window: the targets with their joins, ordered (the rows of one target consecutive
	 * when levels are joined into it), with a plain limit and offset for an accessor.
	 */
	private KeyedSelect keyed(LevelPlan level, int limitSlot, int offsetSlot) {
		SqlWriter out = new SqlWriter(this.dialect, this.tables);
		String linkColumn = TreeWriter.linkColumn(out, level, PREFIX);
		selectLevel(out, level, linkColumn, Part.ALL);
		List<BoundValue> headValues = new ArrayList<>();
		String head = fromLevel(out, level, headValues, Part.ALL);
		linkTerms(out, level);
		out.append(" ORDER BY ");
		TreeWriter.orderList(out, level.orders(), level.target(), PREFIX);
		if (level.target().hasJoinedLevels()) {
			if (level.rowKeyOnJoinTable()) {
				out.append(", ").column(TreeWriter.joinAlias(PREFIX, level), level.rowKey());
			}
			out.append(", ").append(linkColumn);
			TreeWriter.joinedOrders(out, level.target(), PREFIX);
		}
		limitOffset(out, limitSlot, offsetSlot);
		return keyedSelect(out, head, headValues, linkColumn);
	}

	/**
	 * Writes, after the parent key, the order of a window's partition as the derived table returns it (the level's
	 * order entries, then the target's primary key), so that the database can use the order the window already
	 * sorted its rows in; {@code x.rn} when one of them is not a column of the derived table.
	 */
	private static void windowOrder(SqlWriter out, LevelPlan level) {
		NodePlan target = level.target();
		StringBuilder order = new StringBuilder();
		for (OrderPlan entry : level.orders()) {
			int index = entry.node().columns().indexOf(entry.attribute());
			if (index < 0) {
				out.append(", x.rn");
				return;
			}
			order.append(", ").append(TreeWriter.DERIVED + ".c").append(entry.node().firstColumn() + index);
			order.append(' ').append(entry.direction().name());
		}
		Attribute id = target.model().id();
		int index = (id != null) ? target.columns().indexOf(id) : -1;
		if (index < 0) {
			out.append(", x.rn");
			return;
		}
		order.append(", ").append(TreeWriter.DERIVED + ".c").append(target.firstColumn() + index);
		out.append(order.toString());
	}

	private static void selectLevel(SqlWriter out, LevelPlan level, String linkColumn, Part part) {
		out.append("SELECT ");
		TreeWriter.selectList(out, level.target(), PREFIX, part);
		TreeWriter.levelColumns(out, level, PREFIX);
		out.append(", ").append(linkColumn).append(" AS c").append(Integer.toString(level.linkColumn()));
	}

	private static String fromLevel(SqlWriter out, LevelPlan level, List<BoundValue> headValues, Part part) {
		TreeWriter.from(out, level, PREFIX);
		TreeWriter.joins(out, level.target(), PREFIX, part);
		out.append(" WHERE ");
		return out.cut(headValues);
	}

	static void limitOffset(SqlWriter out, int limitSlot, int offsetSlot) {
		out.append(out.dialect.limitOffset(limitSlot >= 0, offsetSlot >= 0));
		if (limitSlot >= 0) {
			out.bindSlot(ValueType.INTEGER, limitSlot);
		}
		if (offsetSlot >= 0) {
			out.bindSlot(ValueType.INTEGER, offsetSlot);
		}
	}

	/**
	 * The condition on the parent keys, joined to what precedes it with AND: where each batch's keys go.
	 */
	private static void linkTerms(SqlWriter out, LevelPlan level) {
		String saved = out.startClause(" AND ");
		TreeWriter.linkTerms(out, level, PREFIX);
		out.endClause(saved);
	}

	/**
	 * Cuts what was written after the key condition into the tail of a keyed statement.
	 */
	private static KeyedSelect keyedSelect(SqlWriter out, String head, List<BoundValue> headValues,
			String linkColumn) {
		List<BoundValue> tailValues = new ArrayList<>();
		String tail = out.cut(tailValues);
		return new KeyedSelect(head, tail, List.copyOf(headValues), List.copyOf(tailValues), linkColumn);
	}

}
