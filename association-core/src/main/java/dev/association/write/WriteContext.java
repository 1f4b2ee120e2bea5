package dev.association.write;

import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.association.dialect.SqlDialect;
import dev.association.execution.EngineContext;
import dev.association.execution.QueryEngine;
import dev.association.execution.StatementSupport;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.sql.ForeignKeyStatements;
import dev.association.sql.JoinStatements;
import dev.association.sql.KeyConditions;
import dev.association.sql.SqlFragment;
import org.jspecify.annotations.Nullable;

/**
 * What the writers and accessors of one engine share: JDBC, transactions, the clock, and the statements of every
 * model and association, computed once when the engine is built.
 */
final class WriteContext {

	private final EngineContext engine;

	private final QueryEngine queries;

	private final StatementSupport statements;

	private final Timestamps timestamps;

	private final WriteTransactions transactions;

	private final Map<ModelMetadata, ModelRows> models = new IdentityHashMap<>();

	private final Map<AssociationMetadata, ForeignKeyStatements> foreignKeys = new IdentityHashMap<>();

	private final Map<AssociationMetadata, JoinStatements> joins = new IdentityHashMap<>();

	WriteContext(EngineContext engine, QueryEngine queries, Clock clock) {
		this.engine = engine;
		this.queries = queries;
		this.statements = queries.statements();
		this.timestamps = new Timestamps(clock);
		this.transactions = new WriteTransactions(engine.transactions());
		SqlDialect dialect = engine.dialect();
		for (ModelMetadata model : engine.metamodel().tables()) {
			this.models.put(model, ModelRows.of(model, engine.metamodel(), dialect, engine.tables()));
		}
		for (AssociationMetadata association : engine.metamodel().associations()) {
			if (association.kind() == AssociationKind.BELONGS_TO_MANY) {
				this.joins.put(association, new JoinStatements(association,
						rows(association.joinTable().model()).statements(), dialect, engine.tables()));
			}
			else {
				this.foreignKeys.put(association, new ForeignKeyStatements(association, rows(association.source()).key(),
						touchedUpdatedAt(association.foreignKeyHolder()), dialect, engine.tables()));
			}
		}
	}

	EngineContext engine() {
		return this.engine;
	}

	SqlDialect dialect() {
		return this.engine.dialect();
	}

	QueryEngine queries() {
		return this.queries;
	}

	StatementSupport statements() {
		return this.statements;
	}

	Timestamps timestamps() {
		return this.timestamps;
	}

	ModelRows rows(ModelMetadata model) {
		ModelRows sql = this.models.get(model);
		if (sql == null) {
			throw new IllegalStateException(model.name() + " is not a table of this engine");
		}
		return sql;
	}

	ForeignKeyStatements foreignKeyStatements(AssociationMetadata association) {
		return this.foreignKeys.get(association);
	}

	JoinStatements joinStatements(AssociationMetadata association) {
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
	 * The key conditions of a write's statements on a column, one per statement (see {@link KeyConditions#of}).
	 * @param column the qualified, quoted column
	 * @param key the attribute the keys are values of
	 * @param keys the keys
	 * @param otherValues the statement's other bound values
	 * @return one condition per statement, none for no keys
	 */
	List<SqlFragment> keyConditions(String column, Attribute key, List<?> keys, int otherValues) {
		return KeyConditions.of(dialect(), column, key.valueType(), keys, otherValues);
	}

	/**
	 * The updatedAt attribute that updates of a model's rows set, when the model has one with a field.
	 * @param model the model
	 * @return the attribute, or null
	 */
	static @Nullable Attribute touchedUpdatedAt(ModelMetadata model) {
		Attribute updatedAt = model.updatedAt();
		return (updatedAt != null && updatedAt.hasField()) ? updatedAt : null;
	}

}
