package dev.association.execution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import dev.association.dialect.SqlDialect;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.AssociatedPlan;
import dev.association.plan.FindPlan;
import dev.association.plan.LevelPlan;
import dev.association.plan.NodePlan;
import dev.association.plan.QueryPlanner;
import dev.association.query.Find;
import dev.association.sql.KeyedSelect;
import dev.association.sql.SelectRenderer;
import org.jspecify.annotations.Nullable;

/**
 * Compiles finds: plans them, renders every statement through the dialect and builds every reader, before any JDBC
 * call. What it returns depends on the find's shape only ({@link dev.association.plan.FindShape}).
 */
final class FindCompiler {

	private final QueryPlanner planner = new QueryPlanner();

	private final SqlDialect dialect;

	private final SelectRenderer renderer;

	private final ColumnReaders columnReaders;

	FindCompiler(SqlDialect dialect, SelectRenderer renderer, ColumnReaders columnReaders) {
		this.dialect = dialect;
		this.renderer = renderer;
		this.columnReaders = columnReaders;
	}

	CompiledFind find(ModelMetadata model, Find find) {
		FindPlan plan = this.planner.plan(model, find);
		CompiledStatement root = new CompiledStatement(this.renderer.find(plan));
		Levels levels = new Levels();
		CompiledNode rootNode = levels.node(plan.root());
		boolean folded = plan.root().hasJoinedLevels();
		Attribute id = folded ? model.requireId() : null;
		int keyColumn = (id != null) ? plan.root().firstColumn() + plan.root().columns().indexOf(id) : 0;
		return new CompiledFind(root, rootNode, (id != null) ? this.columnReaders.get(id) : null, keyColumn,
				levels.drain(), plan.parameters());
	}

	CompiledCount count(ModelMetadata model, Find find) {
		FindPlan plan = this.planner.plan(model, find);
		return new CompiledCount(new CompiledStatement(this.renderer.count(plan)), null, plan.parameters());
	}

	CompiledAssociated associated(AssociationMetadata association, Find find) {
		AssociatedPlan plan = this.planner.planAssociated(association, find);
		LevelPlan level = plan.level();
		KeyedStatement statement = keyed(level, this.renderer.associated(plan));
		Levels levels = new Levels();
		CompiledTarget target = new CompiledTarget(level, levels.node(level.target()), this.columnReaders);
		return new CompiledAssociated(statement, target, level.folded(), levels.drain(), plan.parameters());
	}

	CompiledCount countAssociated(AssociationMetadata association, Find find) {
		AssociatedPlan plan = this.planner.planAssociated(association, find);
		return new CompiledCount(null, keyed(plan.level(), this.renderer.countAssociated(plan)), plan.parameters());
	}

	private KeyedStatement keyed(LevelPlan level, KeyedSelect select) {
		return new KeyedStatement(this.dialect, select,
				CompiledTarget.linkAttribute(level.association()).valueType());
	}

	/**
	 * Compiles the nodes of a statement and numbers the separate levels below them in the order they run:
	 * breadth first, the levels of a statement's nodes (joins first, then the node's own levels) before the levels of
	 * their targets.
	 */
	private final class Levels {

		private final List<@Nullable CompiledLevel> compiled = new ArrayList<>();

		private final ArrayDeque<LevelPlan> pending = new ArrayDeque<>(4);

		private final ArrayDeque<Integer> ordinals = new ArrayDeque<>(4);

		CompiledNode node(NodePlan node) {
			List<NodePlan> joinPlans = node.joins();
			CompiledNode[] joins = new CompiledNode[joinPlans.size()];
			for (int i = 0; i < joins.length; i++) {
				joins[i] = node(joinPlans.get(i));
			}
			List<LevelPlan> levelPlans = node.levels();
			int joinedCount = 0;
			for (LevelPlan level : levelPlans) {
				joinedCount += level.joined() ? 1 : 0;
			}
			int[] levels = new int[levelPlans.size() - joinedCount];
			Attribute[] sourceKeys = new Attribute[levels.length];
			CompiledJoinedLevel[] joined = new CompiledJoinedLevel[joinedCount];
			int separate = 0;
			joinedCount = 0;
			for (LevelPlan level : levelPlans) {
				if (level.joined()) {
					CompiledTarget target = new CompiledTarget(level, node(level.target()),
							FindCompiler.this.columnReaders);
					joined[joinedCount++] = new CompiledJoinedLevel(level, target);
				}
				else {
					int ordinal = this.compiled.size();
					this.compiled.add(null);
					this.pending.add(level);
					this.ordinals.add(ordinal);
					levels[separate] = ordinal;
					sourceKeys[separate++] = level.association().sourceKey();
				}
			}
			return new CompiledNode(node, FindCompiler.this.columnReaders, joins, levels, sourceKeys, joined);
		}

		CompiledLevel[] drain() {
			LevelPlan level;
			while ((level = this.pending.poll()) != null) {
				int ordinal = this.ordinals.remove();
				KeyedStatement statement = keyed(level, FindCompiler.this.renderer.level(level));
				CompiledTarget target = new CompiledTarget(level, node(level.target()),
						FindCompiler.this.columnReaders);
				this.compiled.set(ordinal, new CompiledLevel(level, statement, target));
			}
			return this.compiled.toArray(CompiledLevel[]::new);
		}

	}

}
