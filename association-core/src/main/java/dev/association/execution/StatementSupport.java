package dev.association.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import dev.association.Dialect;
import dev.association.sql.BoundValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares statements (logging them on {@code dev.association.sql} when SQL logging is on) and binds values
 * through the dialect.
 */
final class StatementSupport {

	private static final Logger sqlLogger = LoggerFactory.getLogger("dev.association.sql");

	private final Dialect dialect;

	private final boolean logging;

	StatementSupport(Dialect dialect, boolean logging) {
		this.dialect = dialect;
		this.logging = logging;
	}

	Dialect dialect() {
		return this.dialect;
	}

	PreparedStatement prepare(Connection connection, String sql, int valueCount) throws SQLException {
		if (this.logging) {
			sqlLogger.info("{} [{} bound values]", sql, valueCount);
		}
		return connection.prepareStatement(sql);
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

}
