package dev.association.execution;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * Reads one node of a statement from the current row into a new instance: its assigned attributes, its joined
 * to-one includes, its registration as a parent of its to-many levels, and the first row of its joined levels. When
 * the next row carries the same instance (levels are joined into the statement), {@link #proceed} reads only what is
 * new in it. Made per execution from a {@link CompiledNode}; per row it makes the instance through the node's
 * {@link RowFactory} and reads by index only the key columns that are not in it. It holds the instance it read last:
 * a reader serves one parent at a time ({@link #lane()} gives another).
 */
final class NodeReader {

	// most nodes have no joins, levels or joined levels: one empty array each, not three per node and execution
	private static final NodeReader[] NO_JOINS = new NodeReader[0];

	private static final LevelLoader[] NO_LEVELS = new LevelLoader[0];

	private static final JoinedReader[] NO_JOINED = new JoinedReader[0];

	private final CompiledNode node;

	private final NodeReader[] joins;

	private final LevelLoader[] levels;

	private final JoinedReader[] joined;

	private final @Nullable Object[] values;

	private @Nullable Object last;

	NodeReader(CompiledNode node, Loading loading) {
		this.node = node;
		this.joins = (node.joins.length == 0) ? NO_JOINS : new NodeReader[node.joins.length];
		for (int i = 0; i < this.joins.length; i++) {
			this.joins[i] = loading.reader(node.joins[i]);
		}
		this.levels = (node.levels.length == 0) ? NO_LEVELS : new LevelLoader[node.levels.length];
		for (int i = 0; i < this.levels.length; i++) {
			this.levels[i] = loading.loader(node.levels[i]);
		}
		this.joined = (node.joined.length == 0) ? NO_JOINED : new JoinedReader[node.joined.length];
		for (int i = 0; i < this.joined.length; i++) {
			this.joined[i] = new JoinedReader(node.joined[i], loading.reader(node.joined[i].target.node));
		}
		this.values = new Object[node.columns.length];
	}

	private NodeReader(NodeReader prototype) {
		this.node = prototype.node;
		this.joins = (prototype.joins.length == 0) ? NO_JOINS : new NodeReader[prototype.joins.length];
		for (int i = 0; i < this.joins.length; i++) {
			this.joins[i] = prototype.joins[i].lane();
		}
		this.levels = prototype.levels;
		this.joined = (prototype.joined.length == 0) ? NO_JOINED : new JoinedReader[prototype.joined.length];
		for (int i = 0; i < this.joined.length; i++) {
			this.joined[i] = prototype.joined[i].lane();
		}
		this.values = new Object[prototype.values.length];
	}

	/**
	 * A reader of the same node with its own state, for rows read into several parents at once; it registers
	 * parents with the same to-many levels.
	 * @return the new reader
	 */
	NodeReader lane() {
		return new NodeReader(this);
	}

	/**
	 * Reads the node from the current row.
	 * @return the instance, or null for a joined node with no matching row
	 */
	@Nullable Object read(ResultSet resultSet) throws SQLException {
		CompiledNode node = this.node;
		Object[] values = this.values;
		ColumnReader[] readers = node.readers;
		int presence = node.presence;
		int firstColumn = node.firstColumn;
		Object instance;
		if (node.presenceInInstance != null) {
			// made first, then checked: the presence column is read once
			instance = node.factory.create(resultSet);
			if (node.presenceInInstance.get(instance) == null) {
				this.last = null;
				return null;
			}
		}
		else {
			if (presence >= 0 && readers[presence].read(resultSet, firstColumn + presence) == null) {
				this.last = null;
				return null;
			}
			instance = node.factory.create(resultSet);
		}
		// the key columns read for stitching only
		for (int i = node.assigned; i < values.length; i++) {
			values[i] = readers[i].read(resultSet, firstColumn + i);
		}
		for (int i = 0; i < this.joins.length; i++) {
			Object joined = this.joins[i].read(resultSet);
			if (joined != null) {
				node.joinFields[i].set(instance, joined);
				Attribute parentKey = node.joinParentKeys[i];
				if (parentKey != null) {
					int key = node.joinKeyColumns[i];
					parentKey.set(joined, (key < node.assigned) ? node.columns[key].get(instance) : values[key]);
				}
			}
		}
		for (int i = 0; i < this.levels.length; i++) {
			// a parent's key is taken from the instance when it holds it, else read from its column (a primitive
			// field would turn a null key into zero)
			Attribute inInstance = node.levelKeysInInstance[i];
			int key = node.levelKeys[i];
			Object keyValue = (inInstance != null) ? inInstance.get(instance)
					: (key < node.assigned) ? readers[key].read(resultSet, firstColumn + key) : values[key];
			this.levels[i].register(keyValue, instance);
		}
		for (JoinedReader level : this.joined) {
			level.start(instance, resultSet);
		}
		this.last = instance;
		return instance;
	}

	/**
	 * Reads the current row as one more row of the instance read last: the rows its joined levels (and those of its
	 * to-one includes) add.
	 */
	void proceed(ResultSet resultSet) throws SQLException {
		if (this.last == null) {
			return;
		}
		for (NodeReader join : this.joins) {
			join.proceed(resultSet);
		}
		for (JoinedReader level : this.joined) {
			level.next(resultSet);
		}
	}

}
