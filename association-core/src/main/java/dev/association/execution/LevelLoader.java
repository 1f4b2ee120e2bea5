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
 * parameter limit) and adds each child, a new instance per parent, to its parent's collection.
 */
final class LevelLoader {

	private final LevelPlan plan;

	private final FieldAccess field;

	private final boolean set;

	private final ParentIndex parents = new ParentIndex();

	LevelLoader(LevelPlan plan) {
		this.plan = plan;
		AssociationMetadata association = plan.association();
		this.field = association.field();
		this.set = Set.class.isAssignableFrom(this.field.field().getType());
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

	void load(Loading loading) throws SQLException {
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
					read(resultSet, target);
				}
			}
		}
	}

	static int bindKeys(StatementSupport statements, PreparedStatement statement, KeyedSelect select,
			ValueType keyType, List<Object> keys) throws SQLException {
		Dialect dialect = statements.dialect();
		int index = statements.bind(statement, 1, select.headValues());
		if (dialect.supportsArrayParameters()) {
			dialect.bindArray(statement, index++, keyType, keys);
		}
		else {
			for (Object key : keys) {
				dialect.bind(statement, index++, keyType, key);
			}
		}
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

		private final NodeReader node;

		private final ColumnReader keyReader;

		private final int keyColumn;

		private final @Nullable ModelMetadata joinModel;

		private final @Nullable FieldAccess throughField;

		private final Attribute[] through;

		private final ColumnReader[] throughReaders;

		private final int throughFirstColumn;

		TargetReader(LevelPlan plan, NodeReader node, ColumnReaders columnReaders) {
			this.node = node;
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
