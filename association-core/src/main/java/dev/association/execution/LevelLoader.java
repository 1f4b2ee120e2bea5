package dev.association.execution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * One to-many level of one execution: collects its parents while their statement is read, then runs the level's
 * compiled statement keyed by the parents' keys (in batches the compiled statement sizes) and adds each child, a new
 * instance per parent, to its parent's collection. When levels are joined into the statement, the consecutive rows
 * of one (parent key, row key) are folded into one child per parent. A level whose statement is unordered has each
 * parent's children sorted by primary key once all its rows are read.
 */
final class LevelLoader {

	private final CompiledLevel level;

	private final Loading loading;

	private final TargetReader target;

	private final ParentIndex parents = new ParentIndex();

	private final List<TargetReader> lanes = new ArrayList<>();

	private final @Nullable Attribute sortKey;

	// the parents whose children came out of primary-key order, sorted once the level is read
	private @Nullable List<Children> unordered;

	LevelLoader(CompiledLevel level, Loading loading) {
		this.level = level;
		this.loading = loading;
		this.target = new TargetReader(level.target(), loading.reader(level.target().node));
		// a set keeps the order its children were added in: nothing to track per row
		this.sortKey = level.set() ? null : level.sortKey();
	}

	/**
	 * Gives a parent its (empty) children collection and remembers it under the parent's key.
	 */
	void register(@Nullable Object key, Object parent) {
		Collection<Object> children = this.level.set() ? new LinkedHashSet<>() : new ArrayList<>();
		this.level.field().set(parent, children);
		if (key != null) {
			this.parents.add(key, new Children(children));
		}
	}

	void load() {
		if (this.parents.isEmpty()) {
			return;
		}
		KeyedStatement statement = this.level.statement();
		List<Object> keys = this.parents.keys();
		int batchSize = Math.min(statement.batchSize(), keys.size());
		int lastCount = 0;
		String lastSql = null;
		for (int from = 0; from < keys.size(); from += batchSize) {
			List<Object> batch = keys.subList(from, Math.min(keys.size(), from + batchSize));
			String sql = (batch.size() == lastCount && lastSql != null) ? lastSql : statement.sql(batch.size());
			lastCount = batch.size();
			lastSql = sql;
			long started = this.loading.statements.begin();
			try (PreparedStatement prepared = this.loading.statements.prepare(this.loading.connection, sql,
					statement.valueCount(batch.size()))) {
				statement.bind(prepared, this.loading.values, batch);
				int rows;
				try (ResultSet resultSet = prepared.executeQuery()) {
					rows = this.level.folded() ? readFolded(resultSet) : read(resultSet);
				}
				this.loading.statements.end(sql, statement.valueCount(batch.size()), started, rows);
			}
			catch (SQLException ex) {
				throw this.loading.statements.translate(sql, ex);
			}
		}
		List<Children> unordered = this.unordered;
		if (unordered != null && this.sortKey != null) {
			ChildOrder order = new ChildOrder(this.sortKey);
			for (Children children : unordered) {
				order.sort(children.items());
			}
		}
	}

	private int read(ResultSet resultSet) throws SQLException {
		ParentIndex parents = this.parents;
		TargetReader target = this.target;
		Attribute keyInInstance = target.keyInInstance();
		int rows = 0;
		while (resultSet.next()) {
			rows++;
			// a child that holds its parent key is made first and gives the key, read once
			Object child = (keyInInstance != null) ? target.read(resultSet) : null;
			Object key = (child != null) ? keyInInstance.get(child) : target.key(resultSet);
			Object slot = (key != null) ? parents.get(key) : null;
			if (slot == null) {
				continue;
			}
			if (slot instanceof ParentIndex.Shared shared) {
				for (Children children : shared) {
					add(children, (child != null) ? child : target.read(resultSet));
					child = null;
				}
			}
			else {
				add((Children) slot, (child != null) ? child : target.read(resultSet));
			}
		}
		return rows;
	}

	/**
	 * Reads rows that come grouped by (parent key, row key): the first row of a group adds a child to each parent
	 * with that key, each through its own lane; the next rows of the group proceed in every lane.
	 */
	private int readFolded(ResultSet resultSet) throws SQLException {
		TargetReader target = this.target;
		if (this.lanes.isEmpty()) {
			this.lanes.add(target);
		}
		List<TargetReader> lanes = this.lanes;
		Object lastKey = null;
		Object lastRow = null;
		int live = 0;
		int rows = 0;
		while (resultSet.next()) {
			rows++;
			Object key = target.key(resultSet);
			Object row = target.rowKey(resultSet);
			if (key == null || row == null) {
				continue;
			}
			if (key.equals(lastKey) && row.equals(lastRow)) {
				for (int i = 0; i < live; i++) {
					lanes.get(i).proceed(resultSet);
				}
				continue;
			}
			lastKey = key;
			lastRow = row;
			Object slot = this.parents.get(key);
			if (slot instanceof ParentIndex.Shared shared) {
				for (int i = 0; i < shared.size(); i++) {
					if (i == lanes.size()) {
						lanes.add(target.lane());
					}
					add(shared.get(i), lanes.get(i).read(resultSet));
				}
				live = shared.size();
			}
			else if (slot != null) {
				add((Children) slot, target.read(resultSet));
				live = 1;
			}
			else {
				live = 0;
			}
		}
		return rows;
	}

	private void add(Children children, @Nullable Object child) {
		if (children.add(child, this.sortKey)) {
			List<Children> unordered = this.unordered;
			if (unordered == null) {
				unordered = new ArrayList<>();
				this.unordered = unordered;
			}
			unordered.add(children);
		}
	}

}
