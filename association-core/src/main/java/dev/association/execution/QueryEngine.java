package dev.association.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.FindShape;
import dev.association.plan.FindShapes;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.sql.SelectRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * Runs finds: compiles each (plans the include tree, renders every statement through the dialect and builds every
 * reader, see {@link FindCompiler}) before any JDBC call, once per query shape (the compiled forms of the most
 * recently used shapes are kept in a bounded cache keyed by {@link FindShape}; a find used again by instance finds
 * its compiled form without its shape, see {@link KnownFinds}), then executes it: one statement for the root and its
 * to-one joins plus one batched statement per to-many level (a level with {@code separate(false)} is joined into its
 * parent's statement instead, and its rows folded back into their parents), binding the find's values and
 * stitching rows into plain objects. All statements of one find run on one connection (joining the caller's Spring
 * transaction when there is one, else, when the engine routes reads, in a read-only transaction of its own that a
 * routing {@code DataSource} sends to a read replica: see {@link ReadOnlyFinds}).
 */
public final class QueryEngine {

	/** The number of query shapes whose compiled statements are kept by default. */
	public static final int DEFAULT_QUERY_CACHE_SIZE = 256;

	private final EngineContext context;

	private final FindCompiler compiler;

	private final StatementSupport statements;

	private final QueryCache cache;

	private final FindShapes shapes;

	private final KnownFinds known;

	private final ReadOnlyFinds connections;

	/**
	 * A query engine with the default query cache ({@value #DEFAULT_QUERY_CACHE_SIZE} shapes).
	 * @param context the engine's context
	 */
	public QueryEngine(EngineContext context) {
		this(context, DEFAULT_QUERY_CACHE_SIZE);
	}

	/**
	 * A query engine that keeps the compiled statements of the {@code queryCacheSize} most recently used query
	 * shapes.
	 * @param context the engine's context
	 * @param queryCacheSize the number of shapes kept; 0 compiles every find
	 */
	public QueryEngine(EngineContext context, int queryCacheSize) {
		this.context = context;
		this.cache = new QueryCache(queryCacheSize);
		this.shapes = new FindShapes(queryCacheSize);
		this.known = new KnownFinds(queryCacheSize);
		this.compiler = new FindCompiler(context.dialect(), new SelectRenderer(context.dialect(), context.tables()),
				new ColumnReaders(context.metamodel(), context.dialect()));
		this.statements = new StatementSupport(context);
		this.connections = new ReadOnlyFinds(context);
	}

	/**
	 * The engine's one statement runner, which writes share.
	 * @return the statement runner
	 */
	public StatementSupport statements() {
		return this.statements;
	}

	/**
	 * The rows of a model that a find describes, with its includes loaded.
	 * @param <T> the model type
	 * @param model the model
	 * @param find the find
	 * @return the rows
	 */
	public <T> List<T> findAll(ModelMetadata model, Find find) {
		return Operation.run("find", model, () -> {
			CompiledFind compiled = compiled(model, find, find, KnownFinds.Use.FIND);
			return cast(execute(compiled, this.shapes.values(compiled.parameters(), find)));
		});
	}

	/**
	 * The row of a model with a primary key, with the includes of a find, in a list of one or none: the find with an
	 * equality on the primary key added, compiled once per find instance ({@link KnownFinds}).
	 * @param <T> the model type
	 * @param model the model
	 * @param id the primary key value
	 * @param find the find
	 * @return the row, or none
	 */
	public <T> List<T> findByPk(ModelMetadata model, Object id, Find find) {
		Find byPk = find.and(Where.eq(model.requireId().name(), id));
		if (find.getLimit() != null || find.getOffset() != null) {
			return findAll(model, byPk.limit(1)); // the first row from the find's own offset
		}
		// an equality on the primary key matches one row at most: no limit (and so no order) needed
		return Operation.run("find", model, () -> {
			CompiledFind compiled = compiled(model, find, byPk, KnownFinds.Use.BY_PRIMARY_KEY);
			return cast(execute(compiled, this.shapes.values(compiled.parameters(), byPk)));
		});
	}

	/**
	 * The rows of a model that a find describes, with their includes, as a stream read per batch of
	 * {@link Find#getBatchSize()} top-level rows (see {@link RowBatches}). It holds one connection (the Spring
	 * transaction's when one is active) from its first row until it is closed or read to its end.
	 * @param <T> the model type
	 * @param model the model
	 * @param find the find
	 * @return the rows, to be closed
	 */
	public <T> Stream<T> stream(ModelMetadata model, Find find) {
		HeldConnection connection = new HeldConnection(this.context);
		RowBatches batches = new RowBatches(this, model, find, connection);
		Stream<Object> rows = StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(batches::close);
		return castStream(rows);
	}

	/**
	 * One batch of a stream: a find of one page of top-level rows, compiled through the query cache, read on the
	 * stream's connection, as a part of the stream's operation.
	 */
	List<Object> batch(HeldConnection connection, ModelMetadata model, Find page) {
		CompiledFind compiled = this.cache.get(QueryCache.Kind.FIND, shape(model, page),
				() -> this.compiler.find(model, page));
		Object[] values = this.shapes.values(compiled.parameters(), page);
		return connection.run((held) -> read(held, compiled, values));
	}

	/**
	 * The number of distinct top-level rows a find describes.
	 * @param model the model
	 * @param find the find
	 * @return the count
	 */
	public long count(ModelMetadata model, Find find) {
		return Operation.run("count", model, () -> {
			CompiledCount compiled = this.cache.get(QueryCache.Kind.COUNT, shape(model, find),
					() -> this.compiler.count(model, find));
			return execute(compiled, this.shapes.values(compiled.parameters(), find), null);
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
		return Operation.run("get", association, () -> {
			CompiledAssociated compiled = this.cache.get(QueryCache.Kind.ASSOCIATED, shape(association, find),
					() -> this.compiler.associated(association, find));
			return cast(execute(compiled, this.shapes.values(compiled.parameters(), find), sourceKeyValue));
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
			Find find = (where != null) ? Find.where(where) : Find.all();
			CompiledCount compiled = this.cache.get(QueryCache.Kind.COUNT_ASSOCIATED, shape(association, find),
					() -> this.compiler.countAssociated(association, find));
			return execute(compiled, this.shapes.values(compiled.parameters(), find), sourceKeyValue);
		});
	}

	/**
	 * How many finds, counts and accessor reads were compiled (planned, rendered, readers built) since the engine
	 * was built: a find of a shape in the query cache compiles nothing.
	 * @return the number of compilations
	 */
	public long compilations() {
		return this.cache.compilations();
	}

	FindCompiler compiler() {
		return this.compiler;
	}

	/**
	 * The compiled form remembered for the find it was derived from (by a use), else the cache's, then remembered.
	 */
	private CompiledFind compiled(ModelMetadata model, Find derivedFrom, Find find, KnownFinds.Use use) {
		CompiledFind compiled = this.known.get(derivedFrom, model, use);
		if (compiled == null) {
			compiled = this.cache.get(QueryCache.Kind.FIND, shape(model, find), () -> this.compiler.find(model, find));
			this.known.put(derivedFrom, model, use, compiled);
		}
		return compiled;
	}

	private @Nullable FindShape shape(ModelMetadata model, Find find) {
		return this.cache.enabled() ? this.shapes.of(model, find) : null;
	}

	private @Nullable FindShape shape(AssociationMetadata association, Find find) {
		return this.cache.enabled() ? this.shapes.ofAssociated(association, find) : null;
	}

	/**
	 * Runs a compiled find with the values of a find of its shape: binds, runs and reads only.
	 */
	List<Object> execute(CompiledFind compiled, @Nullable Object[] values) {
		return run((connection) -> read(connection, compiled, values));
	}

	/**
	 * Runs a compiled find on a connection the caller holds: binds, runs and reads only.
	 */
	List<Object> read(Connection connection, CompiledFind compiled, @Nullable Object[] values) {
		Loading loading = new Loading(connection, this.statements, compiled.levels(), values);
		NodeReader root = loading.reader(compiled.rootNode());
		List<Object> rows = new ArrayList<>();
		CompiledStatement select = compiled.root();
		long started = this.statements.begin();
		try (PreparedStatement statement = this.statements.prepare(connection, select.sql(),
				select.parameters().size())) {
			select.parameters().bind(this.context.dialect(), statement, 1, values);
			try (ResultSet resultSet = statement.executeQuery()) {
				ColumnReader keyReader = compiled.rootKeyReader();
				if (keyReader != null) {
					readFolded(resultSet, keyReader, compiled.rootKeyColumn(), root, rows);
				}
				else {
					while (resultSet.next()) {
						rows.add(root.read(resultSet));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw this.statements.translate(select.sql(), ex);
		}
		this.statements.end(select.sql(), select.parameters().size(), started, rows.size());
		loading.loadPending();
		return rows;
	}

	/**
	 * Runs a compiled accessor's {@code get} for one source key with the values of a find of its shape.
	 */
	List<Object> execute(CompiledAssociated compiled, @Nullable Object[] values, Object sourceKeyValue) {
		return run((connection) -> {
			Loading loading = new Loading(connection, this.statements, compiled.levels(), values);
			TargetReader target = new TargetReader(compiled.target(), loading.reader(compiled.target().node));
			List<Object> rows = new ArrayList<>();
			long started = this.statements.begin();
			try (PreparedStatement statement = prepareKeyed(connection, compiled.statement(), values,
					sourceKeyValue)) {
				try (ResultSet resultSet = statement.executeQuery()) {
					boolean folded = compiled.folded();
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
				throw this.statements.translate(compiled.statement().sql(1), ex);
			}
			this.statements.end(compiled.statement().sql(1), compiled.statement().valueCount(1), started, rows.size());
			loading.loadPending();
			return rows;
		});
	}

	/**
	 * Runs a compiled count with the values of a find of its shape; keyed by a source key for an association's
	 * count.
	 */
	long execute(CompiledCount compiled, @Nullable Object[] values, @Nullable Object sourceKeyValue) {
		return run((connection) -> {
			KeyedStatement keyed = compiled.keyed();
			CompiledStatement plain = compiled.statement();
			if (keyed != null && sourceKeyValue != null) {
				long started = this.statements.begin();
				try (PreparedStatement statement = prepareKeyed(connection, keyed, values, sourceKeyValue)) {
					long count = readCount(statement);
					this.statements.end(keyed.sql(1), keyed.valueCount(1), started, 1);
					return count;
				}
				catch (SQLException ex) {
					throw this.statements.translate(keyed.sql(1), ex);
				}
			}
			if (plain == null) {
				throw new IllegalStateException("A keyed count without a key");
			}
			long started = this.statements.begin();
			try (PreparedStatement statement = this.statements.prepare(connection, plain.sql(),
					plain.parameters().size())) {
				plain.parameters().bind(this.context.dialect(), statement, 1, values);
				long count = readCount(statement);
				this.statements.end(plain.sql(), plain.parameters().size(), started, 1);
				return count;
			}
			catch (SQLException ex) {
				throw this.statements.translate(plain.sql(), ex);
			}
		});
	}

	/**
	 * Reads root rows that joined levels repeat: consecutive rows with one primary key are one root.
	 */
	private static void readFolded(ResultSet resultSet, ColumnReader keyReader, int keyColumn, NodeReader root,
			List<Object> rows) throws SQLException {
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

	private PreparedStatement prepareKeyed(Connection connection, KeyedStatement keyed, @Nullable Object[] values,
			Object key) throws SQLException {
		PreparedStatement statement = this.statements.prepare(connection, keyed.sql(1), keyed.valueCount(1));
		try {
			keyed.bind(statement, values, List.of(key));
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
		V result = this.connections.run(callback);
		if (result == null) {
			throw new IllegalStateException("No result");
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> Stream<T> castStream(Stream<Object> rows) {
		return (Stream<T>) rows;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(List<Object> rows) {
		return (List<T>) rows;
	}

}
