package dev.association;

import java.sql.Connection;
import java.util.List;

/**
 * What differs between databases in the SQL the engine writes: quoting, DDL, capabilities and limits. One
 * implementation per database in {@code dev.association.dialect}, which also binds and reads values; nothing outside
 * the dialects asks which database it is talking to. Detected from the connection unless given:
 * {@code Associations.builder().dialect(Dialects.POSTGRESQL)} ({@code dev.association.dialect.Dialects}).
 */
public interface Dialect {

	/**
	 * The dialect's name, as {@code association.dialect} accepts it.
	 * @return e.g. {@code postgresql}
	 */
	String name();

	/**
	 * Quotes an identifier that comes from model metadata.
	 * @param identifier a table or column name
	 * @return the quoted identifier
	 */
	String quote(String identifier);

	/**
	 * The quoted name of a table, qualified by its schema when it has one ({@code "billing"."invoices"}). The engine
	 * computes it once per table when it is built ({@code TableNames}); statements and DDL use that.
	 * @param schema the unquoted schema, empty for the connection's current schema
	 * @param table the unquoted table name
	 * @return the quoted, qualified name
	 */
	default String qualifiedTable(String schema, String table) {
		return schema.isEmpty() ? quote(table) : quote(schema) + "." + quote(table);
	}

	/**
	 * The statement that creates a schema unless it exists: {@code CREATE SCHEMA IF NOT EXISTS} on PostgreSQL and
	 * H2, {@code CREATE DATABASE IF NOT EXISTS} on MariaDB/MySQL, where a schema is a database.
	 * @param schema the unquoted schema
	 * @return the SQL
	 */
	default String createSchemaIfNotExists(String schema) {
		return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
	}

	/**
	 * A string literal for DDL defaults (values from field initialisers, never from queries).
	 * @param value the text
	 * @return the quoted, escaped literal
	 */
	String stringLiteral(String value);

	/**
	 * The statement that drops a table if it exists.
	 * @param table the quoted table name, qualified by its schema when it has one
	 * @return the SQL
	 */
	String dropTableIfExists(String table);

	/**
	 * Whether the database creates an index for every FK constraint by itself (MariaDB/MySQL do).
	 * @return true when an explicit FK index would be a duplicate
	 */
	boolean indexesForeignKeysAutomatically();

	/**
	 * The longest identifier the database accepts.
	 * @return the maximum length
	 */
	int maxIdentifierLength();

	/**
	 * The largest number of bound parameters one statement should carry; batched loads chunk under it.
	 * @return the parameter limit
	 */
	int maxParameters();

	/**
	 * Whether a list of keys binds as one array parameter ({@code = ANY(?)}), so key lists need no chunking.
	 * @return true on PostgreSQL
	 */
	boolean supportsArrayParameters();

	/**
	 * The SQL that tests a column against one bound array of keys; only when {@link #supportsArrayParameters()}.
	 * @param column the qualified, quoted column
	 * @return e.g. {@code t.id = ANY(?)}
	 */
	default String anyOfArray(String column) {
		throw new UnsupportedOperationException(name() + " has no array parameters");
	}

	/**
	 * The longest IN list that a condition writes with one parameter per value; a longer list of a type that
	 * binds as a list is one parameter, so that no statement binds more parameters than the
	 * database takes.
	 * @return the number of values
	 */
	default int maxInListValues() {
		return 1_000;
	}

	/**
	 * Case-insensitive LIKE of a column against one bound pattern.
	 * @param column the qualified, quoted column
	 * @return the SQL condition with one {@code ?}
	 */
	String iLike(String column);

	/**
	 * The LIMIT/OFFSET clause with bound parameters, given which are present.
	 * @param hasLimit whether a limit is bound
	 * @param hasOffset whether an offset is bound
	 * @return the clause, with a leading space, and one {@code ?} per bound value (limit first)
	 */
	String limitOffset(boolean hasLimit, boolean hasOffset);

	/**
	 * Whether a keyset condition may be written as one row-value comparison, {@code (a, b) > (?, ?)}, which the
	 * database plans as an index range; otherwise it is expanded to {@code a > ? OR (a = ? AND b > ?)}.
	 * @return true when row-value comparisons are supported and used by the planner
	 */
	default boolean supportsRowValueComparison() {
		return true;
	}

	/**
	 * Whether NULLs sort after every value in ascending order (and first in descending order), as on PostgreSQL;
	 * false where they sort before every value, as on H2 and MariaDB.
	 * @return true when NULLs sort high
	 */
	default boolean sortsNullsHigh() {
		return false;
	}

	/**
	 * The column names to ask the driver for when reading back a generated key.
	 * @param column the unquoted key column
	 * @return the names to pass to {@link Connection#prepareStatement(String, String[])}
	 */
	String[] generatedKeyColumns(String column);

	/**
	 * An insert of one row that does nothing when a row with the same key columns exists, also when another
	 * transaction inserts that row at the same time (it waits for it, then does nothing); foreign-key and other
	 * constraint violations still fail. The key columns must be covered by a primary or unique key.
	 * @param table the quoted table name, qualified by its schema when it has one
	 * @param columns the unquoted columns, one {@code ?} each in this order
	 * @param keyColumns the unquoted key columns, a subset of the columns
	 * @return the SQL
	 */
	String insertIgnoringDuplicates(String table, List<String> columns, List<String> keyColumns);

}
