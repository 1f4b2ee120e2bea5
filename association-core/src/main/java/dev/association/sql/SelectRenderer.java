package dev.association.sql;

import java.util.ArrayList;
import java.util.List;

import dev.association.Dialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.ValueType;
import dev.association.plan.AssociatedPlan;
import dev.association.plan.FindPlan;
import dev.association.plan.LevelPlan;
import dev.association.plan.NodePlan;
import org.jspecify.annotations.Nullable;

/**
 * Renders plans as SELECT statements for one dialect: the root statement of a find, its count, and the keyed
 * statements of to-many levels and association accessors. Table aliases are {@code t0, t1...} in plan order; every
 * value is a bound parameter.
 */
public final class SelectRenderer {

	private static final String PREFIX = "t";

	private final Dialect dialect;

	/**
	 * A renderer for one dialect.
	 * @param dialect the dialect
	 */
	public SelectRenderer(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * The root statement of a find: the root with its to-one joins, ordered, limited.
	 * @param plan the plan
	 * @return the statement
	 */
	public RenderedSelect find(FindPlan plan) {
		SqlWriter out = new SqlWriter(this.dialect);
		NodePlan root = plan.root();
		out.append("SELECT ");
		TreeWriter.selectList(out, root, PREFIX);
		out.append(" FROM ").table(root.model().table(), TreeWriter.alias(PREFIX, root));
		TreeWriter.joins(out, root, PREFIX, false);
		TreeWriter.nodeTerms(out, root, TreeWriter.alias(PREFIX, root));
		out.append(" ORDER BY ");
		TreeWriter.orderList(out, plan.orders(), root, PREFIX);
		limitOffset(out, plan.limit(), plan.offset());
		return new RenderedSelect(out.sql.toString(), List.copyOf(out.values));
	}

	/**
	 * The count of the roots of a find: its condition and required includes, no limit.
	 * @param plan the plan
	 * @return the statement
	 */
	public RenderedSelect count(FindPlan plan) {
		SqlWriter out = new SqlWriter(this.dialect);
		NodePlan root = plan.root();
		out.append("SELECT COUNT(*) FROM ").table(root.model().table(), TreeWriter.alias(PREFIX, root));
		TreeWriter.joins(out, root, PREFIX, true);
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
		Integer limit = level.limit();
		SqlWriter out = new SqlWriter(this.dialect);
		String linkColumn = TreeWriter.linkColumn(out, level, PREFIX);
		if (limit != null) {
			out.append("SELECT * FROM (");
		}
		selectLevel(out, level, linkColumn);
		if (limit != null) {
			out.append(", ROW_NUMBER() OVER (PARTITION BY ").append(linkColumn).append(" ORDER BY ");
			TreeWriter.orderList(out, level.orders(), level.target(), PREFIX);
			out.append(") AS rn");
		}
		List<BoundValue> headValues = new ArrayList<>();
		String head = fromLevel(out, level, headValues);
		String saved = out.startClause(" AND ");
		TreeWriter.linkTerms(out, level, PREFIX);
		out.endClause(saved);
		if (limit != null) {
			out.append(") x WHERE x.rn <= ? ORDER BY x.rn").bind(ValueType.INTEGER, limit);
		}
		else {
			out.append(" ORDER BY ");
			TreeWriter.orderList(out, level.orders(), level.target(), PREFIX);
		}
		List<BoundValue> tailValues = new ArrayList<>();
		String tail = out.cut(tailValues);
		return new KeyedSelect(head, tail, List.copyOf(headValues), List.copyOf(tailValues), linkColumn);
	}

	/**
	 * The targets of one association for one source key (an accessor's {@code get}), with a plain limit and
	 * offset.
	 * @param plan the plan
	 * @return the keyed statement
	 */
	public KeyedSelect associated(AssociatedPlan plan) {
		LevelPlan level = plan.level();
		SqlWriter out = new SqlWriter(this.dialect);
		String linkColumn = TreeWriter.linkColumn(out, level, PREFIX);
		selectLevel(out, level, linkColumn);
		List<BoundValue> headValues = new ArrayList<>();
		String head = fromLevel(out, level, headValues);
		String saved = out.startClause(" AND ");
		TreeWriter.linkTerms(out, level, PREFIX);
		out.endClause(saved);
		out.append(" ORDER BY ");
		TreeWriter.orderList(out, level.orders(), level.target(), PREFIX);
		limitOffset(out, plan.limit(), plan.offset());
		List<BoundValue> tailValues = new ArrayList<>();
		String tail = out.cut(tailValues);
		return new KeyedSelect(head, tail, List.copyOf(headValues), List.copyOf(tailValues), linkColumn);
	}

	/**
	 * The number of targets of one association for one source key.
	 * @param plan the plan
	 * @return the keyed statement
	 */
	public KeyedSelect countAssociated(AssociatedPlan plan) {
		LevelPlan level = plan.level();
		SqlWriter out = new SqlWriter(this.dialect);
		String linkColumn = TreeWriter.linkColumn(out, level, PREFIX);
		out.append("SELECT COUNT(*)");
		TreeWriter.from(out, level, PREFIX);
		TreeWriter.joins(out, level.target(), PREFIX, true);
		out.append(" WHERE ");
		List<BoundValue> headValues = new ArrayList<>();
		String head = out.cut(headValues);
		String saved = out.startClause(" AND ");
		TreeWriter.linkTerms(out, level, PREFIX);
		out.endClause(saved);
		List<BoundValue> tailValues = new ArrayList<>();
		String tail = out.cut(tailValues);
		return new KeyedSelect(head, tail, List.copyOf(headValues), List.copyOf(tailValues), linkColumn);
	}

	private void selectLevel(SqlWriter out, LevelPlan level, String linkColumn) {
		out.append("SELECT ");
		TreeWriter.selectList(out, level.target(), PREFIX);
		List<Attribute> through = level.through();
		for (int i = 0; i < through.size(); i++) {
			out.append(", ").column(PREFIX + "j", through.get(i)).append(" AS c");
			out.append(Integer.toString(level.throughFirstColumn() + i));
		}
		out.append(", ").append(linkColumn).append(" AS c").append(Integer.toString(level.linkColumn()));
	}

	private static String fromLevel(SqlWriter out, LevelPlan level, List<BoundValue> headValues) {
		TreeWriter.from(out, level, PREFIX);
		TreeWriter.joins(out, level.target(), PREFIX, false);
		out.append(" WHERE ");
		return out.cut(headValues);
	}

	private void limitOffset(SqlWriter out, @Nullable Integer limit, @Nullable Integer offset) {
		out.append(this.dialect.limitOffset(limit != null, offset != null));
		if (limit != null) {
			out.bind(ValueType.INTEGER, limit);
		}
		if (offset != null) {
			out.bind(ValueType.INTEGER, offset);
		}
	}

}
