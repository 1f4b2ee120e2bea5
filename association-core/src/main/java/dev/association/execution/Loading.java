package dev.association.execution;

import java.sql.Connection;

import org.jspecify.annotations.Nullable;

/**
 * The state of one execution of a compiled find on one connection: the values bound, a reader per node and a loader
 * per to-many level, all made from the compiled find before its first statement runs; then the levels' statements,
 * run in the compiled order once the rows that register their parents are read.
 */
final class Loading {

	final Connection connection;

	final StatementSupport statements;

	final @Nullable Object[] values;

	private final CompiledLevel[] levels;

	private final @Nullable LevelLoader[] loaders;

	Loading(Connection connection, StatementSupport statements, CompiledLevel[] levels, @Nullable Object[] values) {
		this.connection = connection;
		this.statements = statements;
		this.values = values;
		this.levels = levels;
		this.loaders = new LevelLoader[levels.length];
	}

	/**
	 * A reader of a compiled node, with readers of its joins and joined levels and the loaders of its levels.
	 */
	NodeReader reader(CompiledNode node) {
		return new NodeReader(node, this);
	}

	/**
	 * The loader of a level in this execution.
	 */
	LevelLoader loader(int ordinal) {
		LevelLoader loader = this.loaders[ordinal];
		if (loader == null) {
			loader = new LevelLoader(this.levels[ordinal], this);
			this.loaders[ordinal] = loader;
		}
		return loader;
	}

	/**
	 * Loads every level, in the compiled order: a level's parents are all read when its turn comes; a failing
	 * statement is translated with its text and the current {@link Operation}.
	 */
	void loadPending() {
		for (LevelLoader loader : this.loaders) {
			if (loader != null) {
				loader.load();
			}
		}
	}

}
