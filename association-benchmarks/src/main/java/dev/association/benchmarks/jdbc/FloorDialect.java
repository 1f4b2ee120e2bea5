package dev.association.benchmarks.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the floor does differently per database, and nothing else: how a statement takes a list of keys, and how a
 * timestamp column is read. PostgreSQL binds one array, {@code = any(?)}, whatever the number of keys; H2 binds
 * arrays too, of at most 50,000 keys (its arrays hold 65,536 elements; an H2 IN list of 50,000 parameters took 110 s
 * per operation where arrays take a fraction of a second). MariaDB has no array parameter: the list is written out as
 * {@code in (?, ?, ...)}, one placeholder per key, never split, as MariaDB Connector/J (which prepares statements on
 * the client by default) has no limit. Timestamps: {@code timestamptz} and H2's {@code timestamp with time zone} read as offset
 * date-times, MariaDB's {@code datetime(6)} as UTC wall-clock time (as the loader writes it).
 */
enum FloorDialect {

	/** PostgreSQL: one array parameter. */
	POSTGRES(true, Integer.MAX_VALUE),

	/** MariaDB: IN lists, never split. */
	MARIADB(false, Integer.MAX_VALUE),

	/** H2: arrays of at most 50,000 keys. */
	H2(true, 50_000);

	/** Where a statement of the floor takes its key list, written for PostgreSQL. */
	static final String KEY_LIST = "= any(?)";

	/** Whether key lists bind as arrays (else as IN lists). */
	private final boolean arrays;

	/** The most keys of one statement. */
	private final int maxKeys;

	FloorDialect(boolean arrays, int maxKeys) {
		this.arrays = arrays;
		this.maxKeys = maxKeys;
	}

	/**
	 * The dialect of the database a connection is to.
	 * @param connection the connection
	 * @return the dialect
	 * @throws SQLException when the metadata cannot be read
	 */
	static FloorDialect of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("postgres")) {
			return POSTGRES;
		}
		if (product.contains("mariadb") || product.contains("mysql")) {
			return MARIADB;
		}
		if (product.contains("h2")) {
			return H2;
		}
		throw new IllegalStateException("The JDBC floor runs on PostgreSQL, MariaDB and H2, not on " + product);
	}

	/**
	 * A list of keys as the statements that take it will bind it: one array per chunk (one on PostgreSQL, created
	 * once however many statements bind it), else one IN list per chunk.
	 * @param connection the connection
	 * @param keys the keys
	 * @return one entry per statement
	 * @throws SQLException when the array cannot be created
	 */
	List<KeyChunk> keys(Connection connection, Long[] keys) throws SQLException {
		List<KeyChunk> chunks = new ArrayList<>(1 + keys.length / this.maxKeys);
		for (int from = 0; from < keys.length || from == 0; from += this.maxKeys) {
			int to = (int) Math.min(keys.length, (long) from + this.maxKeys);
			chunks.add(this.arrays
					? new KeyChunk(connection.createArrayOf("bigint", (from == 0 && to == keys.length) ? keys
							: Arrays.copyOfRange(keys, from, to)), null, 0, 0)
					: new KeyChunk(null, keys, from, to));
		}
		return chunks;
	}

	/**
	 * Reads a timestamp column.
	 * @param rs the row
	 * @param column the column
	 * @return the instant, or null
	 * @throws SQLException on a read error
	 */
	Instant instant(ResultSet rs, int column) throws SQLException {
		if (this == MARIADB) {
			LocalDateTime value = rs.getObject(column, LocalDateTime.class);
			return (value != null) ? value.toInstant(ZoneOffset.UTC) : null;
		}
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * One statement's share of a key list: an array, or the keys {@code from} (inclusive) to {@code to} (exclusive)
	 * of an IN list.
	 */
	static final class KeyChunk {

		private final Array array;

		private final Long[] keys;

		private final int from;

		private final int to;

		private KeyChunk(Array array, Long[] keys, int from, int to) {
			this.array = array;
			this.keys = keys;
			this.from = from;
			this.to = to;
		}

		/**
		 * Prepares a statement of the floor with this share of the keys bound.
		 * @param connection the connection
		 * @param sql the statement, with {@link FloorDialect#KEY_LIST} where the keys go
		 * @return the statement
		 * @throws SQLException on a database error
		 */
		PreparedStatement prepare(Connection connection, String sql) throws SQLException {
			if (this.array != null) {
				PreparedStatement statement = connection.prepareStatement(sql);
				statement.setArray(1, this.array);
				return statement;
			}
			int count = this.to - this.from;
			StringBuilder list = new StringBuilder(5 + 3 * count).append("in (");
			for (int i = 0; i < count; i++) {
				list.append((i > 0) ? ", ?" : "?");
			}
			// an empty list matches nothing, as an empty array does
			PreparedStatement statement = connection
				.prepareStatement(sql.replace(KEY_LIST, (count > 0) ? list.append(')').toString() : "in (null)"));
			for (int i = 0; i < count; i++) {
				statement.setLong(i + 1, this.keys[this.from + i]);
			}
			return statement;
		}

		/**
		 * The index of the first parameter after the keys.
		 * @return the parameter index
		 */
		int next() {
			return (this.array != null) ? 2 : this.to - this.from + 1;
		}

	}

}
