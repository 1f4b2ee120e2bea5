package dev.association.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.association.AssociationException;
import dev.association.dialect.ColumnReader;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.sql.BoundValue;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one statement runner of an engine, for reads and writes: prepares statements on the connection of the
 * caller's transaction (through the engine's {@link JdbcOperations}), logs them on {@code dev.association.sql} when
 * SQL logging is on ({@code <sql> [<n> bound values] <rows> rows in <ms> ms}, timed only then), counts
 * each statement and its rows on the current {@link Operation}, binds values through the dialect, reads generated keys
 * back, and turns a failure into Spring's {@link DataAccessException} naming the current {@link Operation} and
 * holding the statement's text.
 */
public final class StatementSupport {

	private static final Logger sqlLogger = LoggerFactory.getLogger("dev.association.sql");

	private final JdbcOperations jdbc;

	private final SqlDialect dialect;

	private final boolean logging;

	private final StatementFailures failures;

	private final ObservationRegistry observations;

	private final @Nullable JdbcTemplate template;

	/**
	 * The statement runner of an engine.
	 * @param context the engine's dialect, JDBC operations and SQL-logging switch
	 */
	StatementSupport(EngineContext context) {
		this.jdbc = context.jdbc();
		this.dialect = context.dialect();
		this.logging = context.sqlLogging();
		this.failures = new StatementFailures(context.jdbc());
		this.observations = context.observations();
		this.template = (context.jdbc() instanceof JdbcTemplate jdbcTemplate) ? jdbcTemplate : null;
	}

	/**
	 * The dialect values are bound through.
	 * @return the dialect
	 */
	public SqlDialect dialect() {
		return this.dialect;
	}

	/**
	 * Prepares a statement on a connection that the engine took itself (see {@link ReadOnlyFinds}), with the
	 * settings a {@link JdbcTemplate} gives the statements it creates: its fetch size, its maximum rows, and its
	 * query timeout or what remains of the current transaction's timeout.
	 */
	PreparedStatement prepare(Connection connection, String sql, int valueCount) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		JdbcTemplate template = this.template;
		if (template != null) {
			try {
				if (template.getFetchSize() != -1) {
					statement.setFetchSize(template.getFetchSize());
				}
				if (template.getMaxRows() != -1) {
					statement.setMaxRows(template.getMaxRows());
				}
				// a transaction's remaining time, else the template's timeout; neither (no transaction, the template's
				// -1) looks nothing up
				int queryTimeout = template.getQueryTimeout();
				if (queryTimeout >= 0 || TransactionSynchronizationManager.isActualTransactionActive()) {
					DataSourceUtils.applyTimeout(statement, template.getDataSource(), queryTimeout);
				}
			}
			catch (SQLException | RuntimeException ex) {
				statement.close();
				throw ex;
			}
		}
		return statement;
	}

	/**
	 * Starts a statement: attaches the current operation; the time, only when SQL logging is on.
	 * @return the start in nanoseconds, 0 when not logging
	 */
	long begin() {
		Operation operation = Operation.current();
		if (operation != null) {
			operation.attach(this.observations, this.logging);
		}
		return this.logging ? System.nanoTime() : 0L;
	}

	/**
	 * Ends a statement: counts it and its rows on the current operation and logs it when SQL logging is on.
	 * @param sql the statement
	 * @param valueCount its bound values
	 * @param started what {@link #begin()} returned
	 * @param rows the rows it read or changed
	 */
	void end(String sql, int valueCount, long started, long rows) {
		Operation operation = Operation.current();
		if (operation != null) {
			operation.counted(rows);
		}
		if (this.logging) {
			sqlLogger.info("{} [{} bound values] {} rows in {} ms", sql, valueCount, rows, millis(started));
		}
	}

	static String millis(long started) {
		return String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1_000_000.0);
	}

	/**
	 * Binds values from a parameter index on.
	 * @return the next parameter index
	 */
	int bind(PreparedStatement statement, int index, List<BoundValue> values) throws SQLException {
		for (BoundValue value : values) {
			this.dialect.bind(statement, index++, value.type(), value.value());
		}
		return index;
	}

	/**
	 * The exception to throw for a failed statement, naming the current operation.
	 * @param sql the statement's text
	 * @param ex the driver's exception
	 * @return the translated exception
	 */
	DataAccessException translate(String sql, SQLException ex) {
		return this.failures.translate(sql, ex);
	}

	/**
	 * Runs an INSERT, UPDATE or DELETE.
	 * @param sql the statement
	 * @param values its bound values
	 * @return the number of rows changed
	 */
	public int update(String sql, List<BoundValue> values) {
		Integer updated = run(sql, null, values.size(), (statement) -> {
			bind(statement, 1, values);
			return statement.executeUpdate();
		}, (result) -> result);
		return (updated != null) ? updated : 0;
	}

	/**
	 * Runs an INSERT and reads the key the database generated back.
	 * @param sql the insert
	 * @param values its bound values
	 * @param key the generated key
	 * @param reader the key's reader
	 * @return the key, or null when the driver returned none
	 */
	public @Nullable Object insertReturningKey(String sql, List<BoundValue> values, Attribute key,
			ColumnReader reader) {
		return run(sql, this.dialect.generatedKeyColumns(key.column()), values.size(), (statement) -> {
			bind(statement, 1, values);
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				return keys.next() ? reader.read(keys, 1) : null;
			}
		}, (result) -> 1);
	}

	/**
	 * Runs one statement as a JDBC batch, once per row of values.
	 * @param sql the statement
	 * @param rows the bound values of each execution
	 */
	public void batch(String sql, List<List<BoundValue>> rows) {
		batch(sql, rows, Math.max(1, rows.size()));
	}

	/**
	 * Runs one statement as JDBC batches of at most {@code chunk} rows each, prepared once: one statement however
	 * many rows.
	 * @param sql the statement
	 * @param rows the bound values of each execution
	 * @param chunk the most rows per {@code executeBatch}
	 */
	public void batch(String sql, List<List<BoundValue>> rows, int chunk) {
		run(sql, null, this.logging ? valueCount(rows) : 0, (statement) -> {
			for (int from = 0; from < rows.size(); from += chunk) {
				for (List<BoundValue> row : rows.subList(from, Math.min(rows.size(), from + chunk))) {
					bind(statement, 1, row);
					statement.addBatch();
				}
				statement.executeBatch();
			}
			return rows.size();
		}, (result) -> rows.size());
	}

	/**
	 * Runs an INSERT as a JDBC batch and reads every generated key back, in the order of the rows.
	 * @param sql the insert
	 * @param rows the bound values of each row
	 * @param key the generated key
	 * @param reader the key's reader
	 * @return one key per row
	 */
	public List<@Nullable Object> batchReturningKeys(String sql, List<List<BoundValue>> rows, Attribute key,
			ColumnReader reader) {
		return batchReturningKeys(sql, rows, key, reader, Math.max(1, rows.size()));
	}

	/**
	 * Runs an INSERT as JDBC batches of at most {@code chunk} rows each, prepared once, and reads every generated key
	 * back, in the order of the rows.
	 * @param sql the insert
	 * @param rows the bound values of each row
	 * @param key the generated key
	 * @param reader the key's reader
	 * @param chunk the most rows per {@code executeBatch}
	 * @return one key per row
	 */
	public List<@Nullable Object> batchReturningKeys(String sql, List<List<BoundValue>> rows, Attribute key,
			ColumnReader reader, int chunk) {
		List<@Nullable Object> generated = run(sql, this.dialect.generatedKeyColumns(key.column()),
				this.logging ? valueCount(rows) : 0,
				(statement) -> {
					List<@Nullable Object> keys = new ArrayList<>(rows.size());
					for (int from = 0; from < rows.size(); from += chunk) {
						for (List<BoundValue> row : rows.subList(from, Math.min(rows.size(), from + chunk))) {
							bind(statement, 1, row);
							statement.addBatch();
						}
						statement.executeBatch();
						try (ResultSet resultSet = statement.getGeneratedKeys()) {
							while (resultSet.next()) {
								keys.add(reader.read(resultSet, 1));
							}
						}
					}
					return keys;
				}, (result) -> rows.size());
		if (generated == null || generated.size() != rows.size()) {
			throw new AssociationException("The " + this.dialect.name() + " driver returned "
					+ ((generated != null) ? generated.size() : 0) + " generated keys for " + rows.size()
					+ " inserted rows of '" + key.column() + "'");
		}
		return generated;
	}

	/**
	 * Runs a query and reads every row's columns.
	 * @param sql the query
	 * @param values its bound values
	 * @param readers one reader per column
	 * @return the rows
	 */
	public List<@Nullable Object[]> query(String sql, List<BoundValue> values, List<ColumnReader> readers) {
		return nonNull(run(sql, null, values.size(), (statement) -> {
			bind(statement, 1, values);
			List<@Nullable Object[]> rows = new ArrayList<>();
			try (ResultSet resultSet = statement.executeQuery()) {
				while (resultSet.next()) {
					@Nullable Object[] row = new Object[readers.size()];
					for (int i = 0; i < row.length; i++) {
						row[i] = readers.get(i).read(resultSet, i + 1);
					}
					rows.add(row);
				}
			}
			return rows;
		}, List::size));
	}

	/**
	 * Runs a query of one column.
	 * @param sql the query
	 * @param values its bound values
	 * @param reader the column's reader
	 * @return the values of the column
	 */
	public List<@Nullable Object> queryColumn(String sql, List<BoundValue> values, ColumnReader reader) {
		return nonNull(run(sql, null, values.size(), (statement) -> {
			bind(statement, 1, values);
			List<@Nullable Object> column = new ArrayList<>();
			try (ResultSet resultSet = statement.executeQuery()) {
				while (resultSet.next()) {
					column.add(reader.read(resultSet, 1));
				}
			}
			return column;
		}, List::size));
	}

	/**
	 * Runs a {@code SELECT COUNT(...)}.
	 * @param sql the query
	 * @param values its bound values
	 * @return the count, 0 when it returned no row
	 */
	public long count(String sql, List<BoundValue> values) {
		return nonNull(run(sql, null, values.size(), (statement) -> {
			bind(statement, 1, values);
			try (ResultSet resultSet = statement.executeQuery()) {
				return resultSet.next() ? resultSet.getLong(1) : 0L;
			}
		}, (result) -> 1));
	}

	/**
	 * Prepares, runs and closes one statement on the engine's connection (the caller's transaction's when there is
	 * one); a failure is translated with the statement's text and the current {@link Operation}.
	 */
	private <T> @Nullable T run(String sql, String @Nullable [] keyColumns, int valueCount, StatementWork<T> work,
			java.util.function.ToIntFunction<T> rows) {
		long started = begin();
		T result = this.jdbc.execute((ConnectionCallback<T>) (connection) -> {
			try (PreparedStatement statement = (keyColumns != null) ? connection.prepareStatement(sql, keyColumns)
					: connection.prepareStatement(sql)) {
				return work.run(statement);
			}
			catch (SQLException ex) {
				throw this.failures.translate(sql, ex);
			}
		});
		end(sql, valueCount, started, (result != null) ? rows.applyAsInt(result) : 0);
		return result;
	}

	private static int valueCount(List<List<BoundValue>> rows) {
		int count = 0;
		for (List<BoundValue> row : rows) {
			count += row.size();
		}
		return count;
	}

	private static <T> T nonNull(@Nullable T result) {
		if (result == null) {
			throw new IllegalStateException("The statement returned no result");
		}
		return result;
	}

	/**
	 * What one statement does between being prepared and being closed.
	 */
	@FunctionalInterface
	private interface StatementWork<T> {

		@Nullable T run(PreparedStatement statement) throws SQLException;

	}

}
