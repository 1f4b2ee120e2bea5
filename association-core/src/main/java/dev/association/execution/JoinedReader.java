package dev.association.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;

import org.jspecify.annotations.Nullable;

/**
 * Reads a to-many level joined into its parent's statement ({@code separate(false)}): gives the parent its children
 * collection, then adds a child for each row with a new row key. Rows repeat a child while its own joined levels add
 * rows (then they are consecutive) and when a sibling level multiplies them; a child already read for this parent is
 * read once, so every parent gets each of its children once, in the statement's order.
 */
final class JoinedReader {

	private final CompiledJoinedLevel level;

	private final TargetReader target;

	private final HashSet<Object> seen = new HashSet<>();

	private Collection<Object> children = new ArrayList<>();

	private @Nullable Object lastKey;

	private boolean lastRead;

	JoinedReader(CompiledJoinedLevel level, NodeReader node) {
		this.level = level;
		this.target = new TargetReader(level.target, node);
	}

	/**
	 * A reader of the same level with its own state (see {@link NodeReader#lane()}).
	 */
	JoinedReader lane() {
		return new JoinedReader(this.level, this.target.node().lane());
	}

	/**
	 * Gives a new parent its children collection and reads the current row's child, if any.
	 */
	void start(Object parent, ResultSet resultSet) throws SQLException {
		this.children = this.level.set ? new LinkedHashSet<>() : new ArrayList<>();
		this.level.field.set(parent, this.children);
		this.seen.clear();
		this.lastKey = null;
		this.lastRead = false;
		next(resultSet);
	}

	/**
	 * Reads the current row for the parent last started: a new child, more rows of the child read last, or a
	 * repeat of a child already read.
	 */
	void next(ResultSet resultSet) throws SQLException {
		Object key = this.level.rowKeyReader.read(resultSet, this.level.rowKeyColumn);
		if (key == null) {
			return;
		}
		if (key.equals(this.lastKey)) {
			if (this.lastRead) {
				this.target.proceed(resultSet);
			}
			return;
		}
		this.lastKey = key;
		this.lastRead = this.seen.add(key);
		if (this.lastRead) {
			this.children.add(this.target.read(resultSet));
		}
	}

}
