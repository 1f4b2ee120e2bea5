package dev.association.execution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.AssociatedPlan;
import dev.association.plan.FindPlan;
import dev.association.plan.NodePlan;
import dev.association.plan.QueryPlanner;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.sql.KeyedSelect;
import dev.association.sql.RenderedSelect;
import dev.association.sql.SelectRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * Runs finds: plans the include tree, renders SQL through the dialect, executes one statement for the root and
 * its to-one joins plus one batched statement per to-many level (a level with {@code separate(false)} is joined into
 * its parent's statement instead, and its rows folded back into their parents), and stitches rows into plain
 * objects. All statements of one find run on one connection (joining the caller's Spring transaction when there is
 * one).
 */
public final class QueryEngine {

	private final EngineContext context;

	private final QueryPlanner planner = new QueryPlanner();

	private final SelectRenderer renderer;

	private final ColumnReaders columnReaders;

	private final StatementSupport statements;

	private final StatementFailures failures;

	public QueryEngine(EngineContext context) {
		this.context = context;
		this.renderer = new SelectRenderer(context.dialect(), context.tables());
		this.columnReaders = new ColumnReaders(context.metamodel(), context.dialect());
		this.statements = new StatementSupport(context);
		this.failures = new StatementFailures(context.jdbc());
	}

	/**
	 * The rows of a model that a find describes, with its includes loaded.
	 * @param <T> the model type
	 * @param model the model
	 * @param find the find
	 * @return the rows
	 */
	public <T> List<T> findAll(ModelMetadata model, Find find) {
		return Operation.run("find", model, () -> findRows(model, find));
	}

	private <T> List<T> findRows(ModelMetadata model, Find find) {
		FindPlan plan = this.planner.plan(model, find);
		RenderedSelect select = this.renderer.find(plan);
		return run((connection) -> {
			Loading loading = new Loading(connection, this.columnReaders, this.renderer, this.statements,
					this.failures);
			NodeReader root = loading.reader(plan.root());
			List<Object> rows = new ArrayList<>();
			try (PreparedStatement statement = this.statements.prepare(connection, select.sql(),
					select.values().size())) {
				this.statements.bind(statement, 1, select.values());
				try (ResultSet resultSet = statement.executeQuery()) {
					if (plan.root().hasJoinedLevels()) {
						readFolded(resultSet, plan.root(), root, rows);
					}
					else {
						while (resultSet.next()) {
							rows.add(root.read(resultSet));
						}
					}
				}
			}
			catch (SQLException ex) {
				throw this.failures.translate(select.sql(), ex);
			}
			loading.loadPending();
			return cast(rows);
		});
	}

	/**
	 * The number of distinct top-level rows a find describes.
	 * @param model the model
	 * @param find the find
	 * @return the count
	 */
	public long count(ModelMetadata model, Find find) {
		return Operation.run("count", model, () -> {
			RenderedSelect select = this.renderer.count(this.planner.plan(model, find));
			return run((connection) -> {
				try (PreparedStatement statement = this.statements.prepare(connection, select.sql(),
						select.values().size())) {
					this.statements.bind(statement, 1, select.values());
					return readCount(statement);
				}
				catch (SQLException ex) {
					throw this.failures.translate(select.sql(), ex);
				}
			});
		});
	}

	/**
	 * The targets of one association for one source row, as the accessors' {@code get} needs them: the association's
	 * scope and through scope applied, the join row put into the target's through field (belongsToMany through a
	 * join model), the find's condition, includes, order and limit honoured.
	 * @param <R> the target type
	 * @param association the association
	 * @param sourceKeyValue the source's key value: its sourceKey for hasOne/hasMany/belongsToMany, its foreign key
	 * value for belongsTo
	 * @param find condition, includes, order, limit on the targets
	 * @return the targets
	 */
	public <R> List<R> findAssociated(AssociationMetadata association, Object sourceKeyValue, Find find) {
		return Operation.run("get", association, () -> findAssociatedRows(association, sourceKeyValue, find));
	}

	private <R> List<R> findAssociatedRows(AssociationMetadata association, Object sourceKeyValue, Find find) {
		AssociatedPlan plan = this.planner.planAssociated(association, find);
		KeyedSelect select = this.renderer.associated(plan);
		String sql = select.sql(this.context.dialect(), 1);
		return run((connection) -> {
			Loading loading = new Loading(connection, this.columnReaders, this.renderer, this.statements,
					this.failures);
			LevelLoader.TargetReader target = new LevelLoader.TargetReader(plan.level(),
					loading.reader(plan.level().target()), this.columnReaders);
			List<Object> rows = new ArrayList<>();
			try (PreparedStatement statement = prepareKeyed(connection, sql, select, association, sourceKeyValue)) {
				try (ResultSet resultSet = statement.executeQuery()) {
					boolean folded = plan.level().folded();
					Object lastRow = null;
					while (resultSet.next()) {
						Object row = folded ? target.rowKey(resultSet) : null;
						if (row != null && row.equals(lastRow)) {
							target.proceed(resultSet);
						}
						else {
							rows.add(target.read(resultSet));
							lastRow = row;
						}
					}
				}
			}
			catch (SQLException ex) {
				throw this.failures.translate(sql, ex);
			}
			loading.loadPending();
			return cast(rows);
		});
	}

	/**
	 * The number of targets of one association for one source row (scope and through scope applied).
	 * @param association the association
	 * @param sourceKeyValue as for {@link #findAssociated}
	 * @param where an extra condition on the targets, or null
	 * @return the count
	 */
	public long countAssociated(AssociationMetadata association, Object sourceKeyValue, @Nullable Where where) {
		return Operation.run("count", association, () -> {
			AssociatedPlan plan = this.planner.planAssociated(association,
					(where != null) ? Find.where(where) : Find.all());
			KeyedSelect select = this.renderer.countAssociated(plan);
			String sql = select.sql(this.context.dialect(), 1);
			return run((connection) -> {
				try (PreparedStatement statement = prepareKeyed(connection, sql, select, association, sourceKeyValue)) {
					return readCount(statement);
				}
				catch (SQLException ex) {
					throw this.failures.translate(sql, ex);
				}
			});
		});
	}

	/**
	 * Reads root rows that joined levels repeat: consecutive rows with one primary key are one root.
	 */
	private void readFolded(ResultSet resultSet, NodePlan plan, NodeReader root, List<Object> rows)
			throws SQLException {
		Attribute id = plan.model().requireId();
		ColumnReader keyReader = this.columnReaders.get(id);
		int keyColumn = plan.firstColumn() + plan.columns().indexOf(id);
		Object lastKey = null;
		while (resultSet.next()) {
			Object key = keyReader.read(resultSet, keyColumn);
			if (key != null && key.equals(lastKey)) {
				root.proceed(resultSet);
			}
			else {
				rows.add(root.read(resultSet));
				lastKey = key;
			}
		}
	}

	private PreparedStatement prepareKeyed(java.sql.Connection connection, String sql, KeyedSelect select,
			AssociationMetadata association, Object key) throws SQLException {
		PreparedStatement statement = this.statements.prepare(connection, sql, select.otherValueCount() + 1);
		try {
			LevelLoader.bindKeys(this.statements, statement, select,
					LevelLoader.linkAttribute(association).valueType(), List.of(key));
			return statement;
		}
		catch (SQLException | RuntimeException ex) {
			statement.close();
			throw ex;
		}
	}

	private static long readCount(PreparedStatement statement) throws SQLException {
		try (ResultSet resultSet = statement.executeQuery()) {
			resultSet.next();
			return resultSet.getLong(1);
		}
	}

	private <V> V run(ConnectionCallback<V> callback) {
		V result = this.context.jdbc().execute(callback);
		if (result == null) {
			throw new IllegalStateException("No result");
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(List<Object> rows) {
		return (List<T>) rows;
	}

}
