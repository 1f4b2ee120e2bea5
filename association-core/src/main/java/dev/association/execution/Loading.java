package dev.association.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import dev.association.plan.LevelPlan;
import dev.association.plan.NodePlan;
import dev.association.sql.SelectRenderer;

/**
 * The state of one find on one connection: compiles node readers from the plan, queues the to-many levels their
 * rows register parents for, and loads those levels, one batched statement each, until none is left.
 */
final class Loading {

	final Connection connection;

	final ColumnReaders columnReaders;

	final SelectRenderer renderer;

	final StatementSupport statements;

	final StatementFailures failures;

	private final ArrayDeque<LevelLoader> pending = new ArrayDeque<>();

	Loading(Connection connection, ColumnReaders columnReaders, SelectRenderer renderer, StatementSupport statements,
			StatementFailures failures) {
		this.connection = connection;
		this.columnReaders = columnReaders;
		this.renderer = renderer;
		this.statements = statements;
		this.failures = failures;
	}

	/**
	 * Compiles the reader of a node, its joins and its joined levels; its separate to-many levels are queued for
	 * {@link #loadPending()}.
	 */
	NodeReader reader(NodePlan node) {
		List<NodePlan> joinPlans = node.joins();
		NodeReader[] joins = new NodeReader[joinPlans.size()];
		for (int i = 0; i < joins.length; i++) {
			joins[i] = reader(joinPlans.get(i));
		}
		List<LevelLoader> levels = new ArrayList<>();
		List<JoinedReader> joined = new ArrayList<>();
		for (LevelPlan level : node.levels()) {
			if (level.joined()) {
				joined.add(new JoinedReader(level, reader(level.target()), this.columnReaders));
			}
			else {
				LevelLoader loader = new LevelLoader(level);
				levels.add(loader);
				this.pending.add(loader);
			}
		}
		return new NodeReader(node, this.columnReaders, joins, levels.toArray(LevelLoader[]::new),
				joined.toArray(JoinedReader[]::new));
	}

	/**
	 * Loads every queued level, and the levels below them, breadth first; a failing statement is translated with
	 * its text and the current {@link Operation}.
	 */
	void loadPending() {
		LevelLoader next;
		while ((next = this.pending.poll()) != null) {
			next.load(this);
		}
	}

}
