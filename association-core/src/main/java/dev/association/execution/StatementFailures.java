package dev.association.execution;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.support.JdbcAccessor;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Turns a failing statement's {@link SQLException} into Spring's {@link DataAccessException} of the same kind that
 * {@code JdbcTemplate} would throw (through the same {@link SQLExceptionTranslator}), with a message that names the
 * {@link Operation} and holds the statement's text: {@code find User; bad SQL grammar [SELECT ...]}. Nothing is
 * built unless a statement fails.
 */
public final class StatementFailures {

	private final SQLExceptionTranslator translator;

	/**
	 * Failures translated as the engine's JDBC operations translate them.
	 * @param jdbc the engine's JDBC operations: a {@code JdbcTemplate}'s translator is used when it is one
	 */
	public StatementFailures(JdbcOperations jdbc) {
		this.translator = (jdbc instanceof JdbcAccessor accessor) ? accessor.getExceptionTranslator()
				: new SQLExceptionSubclassTranslator();
	}

	/**
	 * The exception to throw for a failed statement.
	 * @param sql the statement's text, or null when the failure was not a statement's (metadata reads)
	 * @param ex the driver's exception
	 * @return the translated exception, naming the current operation
	 */
	public DataAccessException translate(@Nullable String sql, SQLException ex) {
		String task = Operation.describeCurrent("statement");
		DataAccessException translated = this.translator.translate(task, sql, ex);
		return (translated != null) ? translated : new UncategorizedSQLException(task, sql, ex);
	}

}
