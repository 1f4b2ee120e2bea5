package dev.association.write;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.association.AssociationException;
import dev.association.Dialect;
import dev.association.dialect.ColumnReader;
import dev.association.execution.EngineContext;
import dev.association.execution.Operation;
import dev.association.execution.StatementFailures;
import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Runs the write package's statements on the engine's {@link JdbcOperations} connection (so they join the caller's
 * transaction), binding every value through the dialect; a failing statement becomes Spring's
 * {@code DataAccessException} naming the {@link Operation} and holding the statement's text.
 */
final class JdbcStatements {

	private static final Logger sqlLogger = LoggerFactory.getLogger("dev.association.sql");

	private final JdbcOperations jdbc;

	private final Dialect dialect;

	private final boolean logging;

	private final StatementFailures failures;

	JdbcStatements(EngineContext context) {
		this.jdbc = context.jdbc();
		this.dialect = context.dialect();
		this.logging = context.sqlLogging();
		this.failures = new StatementFailures(context.jdbc());
	}

	Dialect dialect() {
		return this.dialect;
	}

	int update(String sql, List<Parameter> parameters) {
		Integer updated = run(sql, null, (statement) -> {
			bind(statement, parameters);
			return statement.executeUpdate();
		});
		return (updated != null) ? updated : 0;
	}

	@Nullable Object insertReturningKey(String sql, List<Parameter> parameters, Attribute key, ColumnReader reader) {
		return run(sql, this.dialect.generatedKeyColumns(key.column()), (statement) -> {
			bind(statement, parameters);
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				return keys.next() ? reader.read(keys, 1) : null;
			}
		});
	}

	void batch(String sql, List<List<Parameter>> rows) {
		run(sql, null, (statement) -> {
			for (List<Parameter> row : rows) {
				bind(statement, row);
				statement.addBatch();
			}
			return statement.executeBatch();
		});
	}

	List<@Nullable Object> batchReturningKeys(String sql, List<List<Parameter>> rows, Attribute key,
			ColumnReader reader) {
		List<@Nullable Object> generated = run(sql, this.dialect.generatedKeyColumns(key.column()), (statement) -> {
			for (List<Parameter> row : rows) {
				bind(statement, row);
				statement.addBatch();
			}
			statement.executeBatch();
			List<@Nullable Object> keys = new ArrayList<>(rows.size());
			try (ResultSet resultSet = statement.getGeneratedKeys()) {
				while (resultSet.next()) {
					keys.add(reader.read(resultSet, 1));
				}
			}
			return keys;
		});
		if (generated == null || generated.size() != rows.size()) {
			throw new AssociationException("The " + this.dialect.name() + " driver returned "
					+ ((generated != null) ? generated.size() : 0) + " generated keys for " + rows.size()
					+ " inserted rows of '" + key.column() + "'");
		}
		return generated;
	}

	List<@Nullable Object[]> query(String sql, List<Parameter> parameters, List<ColumnReader> readers) {
		return nonNull(run(sql, null, (statement) -> {
			bind(statement, parameters);
			List<@Nullable Object[]> rows = new ArrayList<>();
			try (ResultSet resultSet = statement.executeQuery()) {
				while (resultSet.next()) {
					@Nullable Object[] values = new Object[readers.size()];
					for (int i = 0; i < values.length; i++) {
						values[i] = readers.get(i).read(resultSet, i + 1);
					}
					rows.add(values);
				}
			}
			return rows;
		}));
	}

	List<@Nullable Object> queryColumn(String sql, List<Parameter> parameters, ColumnReader reader) {
		return nonNull(run(sql, null, (statement) -> {
			bind(statement, parameters);
			List<@Nullable Object> values = new ArrayList<>();
			try (ResultSet resultSet = statement.executeQuery()) {
				while (resultSet.next()) {
					values.add(reader.read(resultSet, 1));
				}
			}
			return values;
		}));
	}

	long count(String sql, List<Parameter> parameters) {
		return nonNull(run(sql, null, (statement) -> {
			bind(statement, parameters);
			try (ResultSet resultSet = statement.executeQuery()) {
				return resultSet.next() ? resultSet.getLong(1) : 0L;
			}
		}));
	}

	/**
	 * Prepares, runs and closes one statement on the engine's connection (the caller's transaction's when there is
	 * one); a failure is translated with the statement's text and the current {@link Operation}.
	 */
	private <T> @Nullable T run(String sql, String @Nullable [] keyColumns, StatementWork<T> work) {
		log(sql);
		return this.jdbc.execute((ConnectionCallback<T>) (connection) -> {
			try (PreparedStatement statement = (keyColumns != null) ? connection.prepareStatement(sql, keyColumns)
					: connection.prepareStatement(sql)) {
				return work.run(statement);
			}
			catch (SQLException ex) {
				throw this.failures.translate(sql, ex);
			}
		});
	}

	private static <T> T nonNull(@Nullable T result) {
		if (result == null) {
			throw new IllegalStateException("The statement returned no result");
		}
		return result;
	}

	private void bind(PreparedStatement statement, List<Parameter> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			Parameter parameter = parameters.get(i);
			this.dialect.bind(statement, i + 1, parameter.type(), parameter.value());
		}
	}

	/**
	 * What one statement does between being prepared and being closed.
	 */
	@FunctionalInterface
	private interface StatementWork<T> {

		@Nullable T run(PreparedStatement statement) throws SQLException;

	}

	private void log(String sql) {
		if (this.logging) {
			sqlLogger.info(sql);
		}
	}

}
