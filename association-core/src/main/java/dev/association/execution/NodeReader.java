package dev.association.execution;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.NodePlan;
import org.jspecify.annotations.Nullable;

/**
 * Reads one node of a statement from the current row into a new instance: its assigned attributes, its joined
 * to-one includes, its registration as a parent of its to-many levels, and the first row of its joined levels. When
 * the next row carries the same instance (levels are joined into the statement), {@link #proceed} reads only what is
 * new in it. Compiled once per query from the plan; per row it only reads columns by index and sets fields. It holds
 * the instance it read last: a reader serves one parent at a time ({@link #lane()} gives another).
 */
final class NodeReader {

	private final ModelMetadata model;

	private final Attribute[] columns;

	private final ColumnReader[] readers;

	private final int firstColumn;

	private final int assigned;

	private final int presence;

	private final NodeReader[] joins;

	private final FieldAccess[] joinFields;

	private final LevelLoader[] levels;

	private final int[] levelKeys;

	private final JoinedReader[] joined;

	private final Object[] values;

	private @Nullable Object last;

	NodeReader(NodePlan node, ColumnReaders columnReaders, NodeReader[] joins, LevelLoader[] levels,
			JoinedReader[] joined) {
		this.model = node.model();
		this.columns = node.columns().toArray(Attribute[]::new);
		this.readers = columnReaders.of(node.columns());
		this.firstColumn = node.firstColumn();
		this.assigned = node.assigned();
		this.presence = (node.association() != null)
				? node.columns().indexOf(NodePlan.presenceAttribute(node.association())) : -1;
		this.joins = joins;
		this.joinFields = new FieldAccess[joins.length];
		for (int i = 0; i < joins.length; i++) {
			this.joinFields[i] = node.joins().get(i).association().field();
		}
		this.levels = levels;
		this.levelKeys = new int[levels.length];
		for (int i = 0; i < levels.length; i++) {
			this.levelKeys[i] = node.columns().indexOf(levels[i].association().sourceKey());
		}
		this.joined = joined;
		this.values = new Object[this.columns.length];
	}

	private NodeReader(NodeReader prototype) {
		this.model = prototype.model;
		this.columns = prototype.columns;
		this.readers = prototype.readers;
		this.firstColumn = prototype.firstColumn;
		this.assigned = prototype.assigned;
		this.presence = prototype.presence;
		this.joins = new NodeReader[prototype.joins.length];
		for (int i = 0; i < this.joins.length; i++) {
			this.joins[i] = prototype.joins[i].lane();
		}
		this.joinFields = prototype.joinFields;
		this.levels = prototype.levels;
		this.levelKeys = prototype.levelKeys;
		this.joined = new JoinedReader[prototype.joined.length];
		for (int i = 0; i < this.joined.length; i++) {
			this.joined[i] = prototype.joined[i].lane();
		}
		this.values = new Object[this.columns.length];
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
		Object[] values = this.values;
		if (this.presence >= 0) {
			values[this.presence] = this.readers[this.presence].read(resultSet, this.firstColumn + this.presence);
			if (values[this.presence] == null) {
				this.last = null;
				return null;
			}
		}
		for (int i = 0; i < values.length; i++) {
			if (i != this.presence) {
				values[i] = this.readers[i].read(resultSet, this.firstColumn + i);
			}
		}
		Object instance = this.model.newInstance();
		for (int i = 0; i < this.assigned; i++) {
			this.columns[i].set(instance, values[i]);
		}
		for (int i = 0; i < this.joins.length; i++) {
			Object joined = this.joins[i].read(resultSet);
			if (joined != null) {
				this.joinFields[i].set(instance, joined);
			}
		}
		for (int i = 0; i < this.levels.length; i++) {
			this.levels[i].register(values[this.levelKeys[i]], instance);
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
