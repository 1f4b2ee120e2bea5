package dev.association.dialect;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.association.metadata.Attribute;
import dev.association.metadata.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * MariaDB 10.11+ and MySQL 8: backtick quoting, {@code AUTO_INCREMENT}, {@code DATETIME(6)} in UTC for instants,
 * UUIDs as {@code CHAR(36)}, FK indexes created by the server.
 */
final class MariaDbDialect extends StandardDialect {

	@Override
	public String name() {
		return "mariadb";
	}

	@Override
	public String quote(String identifier) {
		return '`' + identifier.replace("`", "``") + '`';
	}

	@Override
	protected String fold(String identifier) {
		return identifier;
	}

	@Override
	public String columnType(Attribute attribute) {
		return switch (attribute.valueType()) {
			case DOUBLE -> "DOUBLE";
			case FLOAT -> "FLOAT";
			case UUID -> "CHAR(36)";
			case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE_TIME -> "DATETIME(6)";
			default -> super.columnType(attribute);
		};
	}

	@Override
	public String stringLiteral(String value) {
		return super.stringLiteral(value.replace("\\", "\\\\"));
	}

	@Override
	protected String bytesType() {
		return "LONGBLOB";
	}

	@Override
	public String generatedKeyColumn(Attribute attribute) {
		return columnType(attribute) + " AUTO_INCREMENT";
	}

	@Override
	public String dropTableIfExists(String table) {
		return "DROP TABLE IF EXISTS " + table;
	}

	@Override
	public String createSchemaIfNotExists(String schema) {
		return "CREATE DATABASE IF NOT EXISTS " + quote(schema);
	}

	@Override
	public String insertIgnoringDuplicates(String table, List<String> columns, List<String> keyColumns) {
		// not INSERT IGNORE, which would also turn foreign-key violations into warnings
		String key = quote(keyColumns.get(0));
		return insert(table, columns) + " ON DUPLICATE KEY UPDATE " + key + " = " + key;
	}

	@Override
	public String upsert(String table, List<Attribute> columns, List<Attribute> conflict, List<Attribute> updated,
			List<Attribute> returned) {
		// any unique key of the table counts as a conflict here (MariaDB cannot name one); RETURNING gives the row
		// written, inserted or updated
		return insert(table, names(columns)) + " ON DUPLICATE KEY UPDATE "
				+ assignments(updated.isEmpty() ? conflict.subList(0, 1) : updated, "VALUES(%s)") + " RETURNING "
				+ quoted(names(returned));
	}

	@Override
	public @Nullable String updateReturning(String update, List<Attribute> returned) {
		return null;
	}

	@Override
	public boolean indexesForeignKeysAutomatically() {
		return true;
	}

	@Override
	public int maxIdentifierLength() {
		return 64;
	}

	@Override
	public int maxParameters() {
		return 30_000;
	}

	@Override
	public String iLike(String column) {
		return "LOWER(" + column + ") LIKE LOWER(?)";
	}

	@Override
	public String limitOffset(boolean hasLimit, boolean hasOffset) {
		// MariaDB has no OFFSET without LIMIT: the largest unsigned BIGINT stands for "no limit"
		return hasLimit ? super.limitOffset(true, hasOffset) : (hasOffset ? " LIMIT 18446744073709551615 OFFSET ?" : "");
	}

	@Override
	protected void bindUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
		statement.setString(index, value.toString());
	}

	@Override
	protected void bindTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
		statement.setObject(index, value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
	}

	@Override
	protected int sqlType(ValueType type) {
		return switch (type) {
			case UUID -> Types.CHAR;
			case INSTANT, OFFSET_DATE_TIME -> Types.TIMESTAMP;
			default -> super.sqlType(type);
		};
	}

	@Override
	protected ColumnReader uuidReader() {
		return (rs, i) -> {
			String value = rs.getString(i);
			return (value != null) ? UUID.fromString(value) : null;
		};
	}

	@Override
	protected ColumnReader instantReader() {
		return (rs, i) -> {
			LocalDateTime value = rs.getObject(i, LocalDateTime.class);
			return (value != null) ? value.toInstant(ZoneOffset.UTC) : null;
		};
	}

	@Override
	protected ColumnReader offsetDateTimeReader() {
		return (rs, i) -> {
			LocalDateTime value = rs.getObject(i, LocalDateTime.class);
			return (value != null) ? value.atOffset(ZoneOffset.UTC) : null;
		};
	}

	/**
	 * MariaDB compares row values correctly but does not use an index range for them: the keyset condition is
	 * expanded.
	 */
	@Override
	public boolean supportsRowValueComparison() {
		return false;
	}

}
