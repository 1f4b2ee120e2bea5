package dev.association.write;

import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.association.Dialect;
import dev.association.dialect.BoundList;
import dev.association.execution.EngineContext;
import dev.association.execution.QueryEngine;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;

/**
 * What the writers and accessors of one engine share: JDBC, transactions, the clock, and the statements of every
 * model and association, computed once when the engine is built.
 */
final class WriteContext {

	private final EngineContext engine;

	private final QueryEngine queries;

	private final JdbcStatements statements;

	private final Timestamps timestamps;

	private final WriteTransactions transactions;

	private final Map<ModelMetadata, ModelSql> models = new IdentityHashMap<>();

	private final Map<AssociationMetadata, ForeignKeySql> foreignKeys = new IdentityHashMap<>();

	private final Map<AssociationMetadata, JoinSql> joins = new IdentityHashMap<>();

	WriteContext(EngineContext engine, QueryEngine queries, Clock clock) {
		this.engine = engine;
		this.queries = queries;
		this.statements = new JdbcStatements(engine);
		this.timestamps = new Timestamps(clock);
		this.transactions = new WriteTransactions(engine.transactions());
		Dialect dialect = engine.dialect();
		for (ModelMetadata model : engine.metamodel().tables()) {
			this.models.put(model, ModelSql.of(model, engine.metamodel(), dialect, engine.tables()));
		}
		for (AssociationMetadata association : engine.metamodel().associations()) {
			if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
				this.joins.put(association, new JoinSql(association, sql(association.joinTable().model()), dialect,
						engine.tables()));
			}
			else {
				this.foreignKeys.put(association,
						new ForeignKeySql(association, sql(association.source()).key(), dialect, engine.tables()));
			}
		}
	}

	EngineContext engine() {
		return this.engine;
	}

	Dialect dialect() {
		return this.engine.dialect();
	}

	QueryEngine queries() {
		return this.queries;
	}

	JdbcStatements statements() {
		return this.statements;
	}

	Timestamps timestamps() {
		return this.timestamps;
	}

	ModelSql sql(ModelMetadata model) {
		ModelSql sql = this.models.get(model);
		if (sql == null) {
			throw new IllegalStateException(model.name() + " is not a table of this engine");
		}
		return sql;
	}

	ForeignKeySql foreignKeySql(AssociationMetadata association) {
		return this.foreignKeys.get(association);
	}

	JoinSql joinSql(AssociationMetadata association) {
		return this.joins.get(association);
	}

	/**
	 * Runs work all or nothing: in a new transaction, or in a savepoint of the caller's Spring transaction (see
	 * {@link WriteTransactions}).
	 * @param <T> the result type
	 * @param work the work
	 * @return its result
	 */
	<T> T inTransaction(Supplier<T> work) {
		return this.transactions.atomically(work);
	}

	void inTransaction(Runnable work) {
		this.transactions.atomically(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * How many values fit in one IN list next to a statement's other parameters: the dialect's parameter limit.
	 * @param otherParameters the statement's other bound values
	 * @return the chunk size
	 */
	int inListSize(int otherParameters) {
		return Math.max(1, dialect().maxParameters() - otherParameters);
	}

	/**
	 * The IN lists of keys for the statements of one write, each the text inside {@code IN (...)} and its
	 * parameters: one array parameter where the dialect takes array parameters (PostgreSQL), however many keys,
	 * else chunks of placeholders under the dialect's parameter limit.
	 * @param key the attribute the keys are values of
	 * @param keys the keys
	 * @param otherParameters the statement's other bound values
	 * @return one list per statement
	 */
	List<KeyList> keyLists(Attribute key, List<Object> keys, int otherParameters) {
		Dialect dialect = dialect();
		if (keys.size() > 1 && dialect.supportsArrayParameters() && dialect.bindsListsOf(key.valueType())) {
			return List.of(new KeyList(dialect.boundListRows(key.valueType()),
					List.of(new Parameter(key.valueType(), new BoundList(keys)))));
		}
		List<KeyList> lists = new ArrayList<>();
		for (List<Object> chunk : chunks(keys, inListSize(otherParameters))) {
			List<Parameter> parameters = new ArrayList<>(chunk.size());
			chunk.forEach((value) -> parameters.add(Parameter.of(key, value)));
			lists.add(new KeyList(placeholders(chunk.size()), parameters));
		}
		return lists;
	}

	/**
	 * The keys of one statement's IN list.
	 * @param sql the text inside {@code IN (...)}
	 * @param parameters its bound values
	 */
	record KeyList(String sql, List<Parameter> parameters) {

	}

	/**
	 * Splits values into chunks of a size.
	 * @param <T> the value type
	 * @param values the values
	 * @param size the chunk size
	 * @return the chunks
	 */
	static <T> List<List<T>> chunks(List<T> values, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < values.size(); from += size) {
			chunks.add(values.subList(from, Math.min(values.size(), from + size)));
		}
		return chunks;
	}

	static String placeholders(int count) {
		StringBuilder sql = new StringBuilder(count * 3);
		for (int i = 0; i < count; i++) {
			sql.append((i > 0) ? ", ?" : "?");
		}
		return sql.toString();
	}

}
