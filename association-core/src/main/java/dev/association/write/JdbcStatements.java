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
import dev.association.metadata.Attribute;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * Runs the write package's statements through the engine's {@link JdbcOperations} (so they join the caller's
 * transaction and errors become Spring's exceptions), binding every value through the dialect.
 */
final class JdbcStatements {

	private static final Logger sqlLogger = LoggerFactory.getLogger("dev.association.sql");

	private final JdbcOperations jdbc;

	private final Dialect dialect;

	private final boolean logging;

	JdbcStatements(EngineContext context) {
		this.jdbc = context.jdbc();
		this.dialect = context.dialect();
		this.logging = context.sqlLogging();
	}

	Dialect dialect() {
		return this.dialect;
	}

	int update(String sql, List<Parameter> parameters) {
		log(sql);
		return this.jdbc.update(sql, (statement) -> bind(statement, parameters));
	}

	@Nullable Object insertReturningKey(String sql, List<Parameter> parameters, Attribute key, ColumnReader reader) {
		log(sql);
		String[] keyColumns = this.dialect.generatedKeyColumns(key.column());
		PreparedStatementCreator creator = (connection) -> connection.prepareStatement(sql, keyColumns);
		return this.jdbc.execute(creator, (PreparedStatement statement) -> {
			bind(statement, parameters);
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				return keys.next() ? reader.read(keys, 1) : null;
			}
		});
	}

	void batch(String sql, List<List<Parameter>> rows) {
		log(sql);
		this.jdbc.execute(sql, (PreparedStatement statement) -> {
			for (List<Parameter> row : rows) {
				bind(statement, row);
				statement.addBatch();
			}
			return statement.executeBatch();
		});
	}

	List<@Nullable Object> batchReturningKeys(String sql, List<List<Parameter>> rows, Attribute key,
			ColumnReader reader) {
		log(sql);
		String[] keyColumns = this.dialect.generatedKeyColumns(key.column());
		PreparedStatementCreator creator = (connection) -> connection.prepareStatement(sql, keyColumns);
		List<@Nullable Object> generated = this.jdbc.execute(creator, (PreparedStatement statement) -> {
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
		log(sql);
		return this.jdbc.query(sql, (statement) -> bind(statement, parameters), (resultSet, rowNumber) -> {
			@Nullable Object[] values = new Object[readers.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = readers.get(i).read(resultSet, i + 1);
			}
			return values;
		});
	}

	List<@Nullable Object> queryColumn(String sql, List<Parameter> parameters, ColumnReader reader) {
		log(sql);
		return this.jdbc.query(sql, (statement) -> bind(statement, parameters),
				(resultSet, rowNumber) -> reader.read(resultSet, 1));
	}

	long count(String sql, List<Parameter> parameters) {
		log(sql);
		List<Long> counts = this.jdbc.query(sql, (statement) -> bind(statement, parameters),
				(resultSet, rowNumber) -> resultSet.getLong(1));
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	private void bind(PreparedStatement statement, List<Parameter> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			Parameter parameter = parameters.get(i);
			this.dialect.bind(statement, i + 1, parameter.type(), parameter.value());
		}
	}

	private void log(String sql) {
		if (this.logging) {
			sqlLogger.info(sql);
		}
	}

}
