package dev.association.dialect;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import dev.association.metadata.ValueType;

/**
 * PostgreSQL 15+: key lists bind as one array ({@code = ANY(?)}), so batched loads never chunk.
 */
final class PostgresDialect extends StandardDialect {

	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	protected String fold(String identifier) {
		return identifier.toLowerCase(Locale.ROOT);
	}

	@Override
	protected String bytesType() {
		return "BYTEA";
	}

	@Override
	public int maxIdentifierLength() {
		return 63;
	}

	@Override
	public int maxParameters() {
		return 32_767;
	}

	@Override
	public boolean supportsArrayParameters() {
		return true;
	}

	@Override
	public String anyOfArray(String column) {
		return column + " = ANY(?)";
	}

	@Override
	public boolean bindsListsOf(ValueType type) {
		return switch (type) {
			case LONG, INTEGER, SHORT, UUID, STRING, ENUM -> true;
			default -> false;
		};
	}

	@Override
	public String boundListRows(ValueType type) {
		return "SELECT UNNEST(?)";
	}

	@Override
	protected void bindList(PreparedStatement statement, int index, ValueType type, List<?> values)
			throws SQLException {
		bindArray(statement, index, type, values);
	}

	@Override
	public void bindArray(PreparedStatement statement, int index, ValueType type, List<?> values)
			throws SQLException {
		String elementType = switch (type) {
			case LONG -> "bigint";
			case INTEGER -> "integer";
			case SHORT -> "smallint";
			case UUID -> "uuid";
			default -> "varchar";
		};
		Object[] elements = (type == ValueType.STRING || type == ValueType.ENUM)
				? values.stream().map(String::valueOf).toArray() : values.toArray();
		statement.setArray(index, statement.getConnection().createArrayOf(elementType, elements));
	}

	@Override
	public boolean sortsNullsHigh() {
		return true;
	}

}
