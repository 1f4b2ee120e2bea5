package dev.association.execution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.association.Dialect;
import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.FieldAccess;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import dev.association.plan.LevelPlan;
import dev.association.sql.KeyedSelect;
import org.jspecify.annotations.Nullable;

/**
 * One to-many level of one find: collects its parents while their statement is read, then loads their children with
 * one statement keyed by the parents' keys ({@code = ANY(?)}, or {@code IN} lists chunked under the dialect's
 * parameter limit) and adds each child, a new instance per parent, to its parent's collection. When levels are
 * joined into the statement, the consecutive rows of one (parent key, row key) are folded into one child per parent.
 */
final class LevelLoader {

	private final LevelPlan plan;

	private final FieldAccess field;

	private final boolean set;

	private final ParentIndex parents = new ParentIndex();

	private final List<TargetReader> lanes = new ArrayList<>();

	LevelLoader(LevelPlan plan) {
		this.plan = plan;
		AssociationMetadata association = plan.association();
		this.field = association.field();
		this.set = Set.class.isAssignableFrom(this.field.field().getType());
	}

	AssociationMetadata association() {
		return this.plan.association();
	}

	/**
	 * Gives a parent its (empty) children collection and remembers it under the parent's key.
	 */
	void register(@Nullable Object key, Object parent) {
		Collection<Object> children = this.set ? new LinkedHashSet<>() : new ArrayList<>();
		this.field.set(parent, children);
		if (key != null) {
			this.parents.add(key, children);
		}
	}

	void load(Loading loading) {
		if (this.parents.isEmpty()) {
			return;
		}
		Dialect dialect = loading.statements.dialect();
		KeyedSelect select = loading.renderer.level(this.plan);
		TargetReader target = new TargetReader(this.plan, loading.reader(this.plan.target()), loading.columnReaders);
		ValueType keyType = linkAttribute(this.plan.association()).valueType();
		List<Object> keys = this.parents.keys();
		int chunk = dialect.supportsArrayParameters() ? keys.size()
				: Math.max(1, dialect.maxParameters() - select.otherValueCount());
		String fullChunkSql = null;
		for (int from = 0; from < keys.size(); from += chunk) {
			List<Object> batch = keys.subList(from, Math.min(keys.size(), from + chunk));
			String sql;
			if (batch.size() == chunk) {
				fullChunkSql = (fullChunkSql != null) ? fullChunkSql : select.sql(dialect, chunk);
				sql = fullChunkSql;
			}
			else {
				sql = select.sql(dialect, batch.size());
			}
			try (PreparedStatement statement = loading.statements.prepare(loading.connection, sql,
					select.otherValueCount() + batch.size())) {
				bindKeys(loading.statements, statement, select, keyType, batch);
				try (ResultSet resultSet = statement.executeQuery()) {
					if (this.plan.folded()) {
						readFolded(resultSet, target);
					}
					else {
						read(resultSet, target);
					}
				}
			}
			catch (SQLException ex) {
				throw loading.failures.translate(sql, ex);
			}
		}
	}

	static int bindKeys(StatementSupport statements, PreparedStatement statement, KeyedSelect select,
			ValueType keyType, List<Object> keys) throws SQLException {
		int index = statements.bind(statement, 1, select.headValues());
		index = select.bindKeys(statements.dialect(), statement, index, keyType, keys);
		return statements.bind(statement, index, select.tailValues());
	}

	private void read(ResultSet resultSet, TargetReader target) throws SQLException {
		ParentIndex parents = this.parents;
		while (resultSet.next()) {
			Object key = target.key(resultSet);
			Object slot = (key != null) ? parents.get(key) : null;
			if (slot == null) {
				continue;
			}
			if (slot instanceof ParentIndex.Shared shared) {
				for (Collection<Object> children : shared) {
					children.add(target.read(resultSet));
				}
			}
			else {
				ParentIndex.castCollection(slot).add(target.read(resultSet));
			}
		}
	}

	/**
	 * Reads rows that come grouped by (parent key, row key): the first row of a group adds a child to each parent
	 * with that key, each through its own lane; the next rows of the group proceed in every lane.
	 */
	private void readFolded(ResultSet resultSet, TargetReader target) throws SQLException {
		if (this.lanes.isEmpty()) {
			this.lanes.add(target);
		}
		List<TargetReader> lanes = this.lanes;
		Object lastKey = null;
		Object lastRow = null;
		int live = 0;
		while (resultSet.next()) {
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
					shared.get(i).add(lanes.get(i).read(resultSet));
				}
				live = shared.size();
			}
			else if (slot != null) {
				ParentIndex.castCollection(slot).add(target.read(resultSet));
				live = 1;
			}
			else {
				live = 0;
			}
		}
	}

	/**
	 * The attribute whose column a keyed statement returns as the parent key of each row.
	 */
	static Attribute linkAttribute(AssociationMetadata association) {
		return switch (association.kind()) {
			case HAS_ONE, HAS_MANY -> association.foreignKey();
			case BELONGS_TO -> association.targetKey();
			case BELONGS_TO_MANY -> association.joinTable().foreignKey();
		};
	}

	/**
	 * Reads the target of a keyed statement's row, with its join row in the through field, and the row's parent key.
	 */
	static final class TargetReader {

		private final LevelPlan plan;

		private final ColumnReaders columnReaders;

		private final NodeReader node;

		private final @Nullable ColumnReader rowKeyReader;

		private final int rowKeyColumn;

		private final ColumnReader keyReader;

		private final int keyColumn;

		private final @Nullable ModelMetadata joinModel;

		private final @Nullable FieldAccess throughField;

		private final Attribute[] through;

		private final ColumnReader[] throughReaders;

		private final int throughFirstColumn;

		TargetReader(LevelPlan plan, NodeReader node, ColumnReaders columnReaders) {
			this.plan = plan;
			this.columnReaders = columnReaders;
			this.node = node;
			Attribute rowKey = plan.rowKey();
			this.rowKeyReader = (rowKey != null) ? columnReaders.get(rowKey) : null;
			this.rowKeyColumn = plan.rowKeyColumn();
			this.keyReader = columnReaders.get(linkAttribute(plan.association()));
			this.keyColumn = plan.linkColumn();
			this.throughField = plan.through().isEmpty() ? null : plan.association().throughField();
			this.joinModel = (this.throughField != null) ? plan.association().joinTable().model() : null;
			this.through = plan.through().toArray(Attribute[]::new);
			this.throughReaders = columnReaders.of(plan.through());
			this.throughFirstColumn = plan.throughFirstColumn();
		}

		@Nullable Object key(ResultSet resultSet) throws SQLException {
			return this.keyReader.read(resultSet, this.keyColumn);
		}

		/**
		 * The row key of the current row: the same for the consecutive rows of one target of one parent.
		 */
		@Nullable Object rowKey(ResultSet resultSet) throws SQLException {
			ColumnReader reader = this.rowKeyReader;
			return (reader != null) ? reader.read(resultSet, this.rowKeyColumn) : null;
		}

		NodeReader node() {
			return this.node;
		}

		TargetReader lane() {
			return new TargetReader(this.plan, this.node.lane(), this.columnReaders);
		}

		/**
		 * Reads the current row as one more row of the target read last (see {@link NodeReader#proceed}).
		 */
		void proceed(ResultSet resultSet) throws SQLException {
			this.node.proceed(resultSet);
		}

		Object read(ResultSet resultSet) throws SQLException {
			Object target = this.node.read(resultSet);
			if (this.throughField != null && this.joinModel != null) {
				Object joinRow = this.joinModel.newInstance();
				for (int i = 0; i < this.through.length; i++) {
					this.through[i].set(joinRow, this.throughReaders[i].read(resultSet, this.throughFirstColumn + i));
				}
				this.throughField.set(target, joinRow);
			}
			return target;
		}

	}

}
