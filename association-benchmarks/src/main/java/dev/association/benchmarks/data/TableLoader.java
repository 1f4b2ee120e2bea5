package dev.association.benchmarks.data;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * What every data set loader does on one connection: find its marker table, run DDL, load a table in bulk
 * ({@code COPY ... FROM STDIN} through the PostgreSQL driver's {@code CopyManager}, batched inserts elsewhere), all
 * in one transaction, then reset the key sequences (PostgreSQL) and gather statistics.
 */
final class TableLoader {

	private static final int BATCH_SIZE = 1000;

	private static final int COPY_BUFFER_SIZE = 1 << 20;

	private final DatabaseKind kind;

	private final Connection connection;

	/**
	 * A loader on one connection.
	 * @param kind the database kind
	 * @param connection the connection
	 */
	TableLoader(DatabaseKind kind, Connection connection) {
		this.kind = kind;
		this.connection = connection;
	}

	/**
	 * Whether the connection's database has a table of this name (any case).
	 */
	boolean hasTable(String name) throws SQLException {
		try (ResultSet tables = this.connection.getMetaData().getTables(this.connection.getCatalog(), null, null, new String[] { "TABLE" })) {
			boolean found = false;
			while (tables.next()) {
				found |= name.equalsIgnoreCase(tables.getString("TABLE_NAME"));
			}
			return found;
		}
	}

	/**
	 * Runs the work in one transaction: committed when it returns, rolled back when it throws.
	 */
	void inTransaction(Work work) throws SQLException {
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(false);
		try {
			work.run();
			this.connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			this.connection.rollback();
			throw ex;
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * Executes statements in order.
	 */
	void execute(List<String> statements) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * On PostgreSQL, sets each table's {@code id} sequence to its highest id, so later inserts get fresh keys.
	 */
	void resetSequences(List<String> tables) throws SQLException {
		if (this.kind == DatabaseKind.POSTGRES) {
			execute(tables.stream()
				.map((table) -> "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
						+ table + "))")
				.toList());
		}
	}

	/**
	 * Gathers the planner's statistics of the tables named, on PostgreSQL and MariaDB.
	 */
	void analyze(String... tables) throws SQLException {
		switch (this.kind) {
			case POSTGRES -> execute(List.of("analyze " + String.join(", ", tables)));
			case MARIADB -> execute(List.of("analyze table " + String.join(", ", tables)));
			case H2 -> {
			}
		}
	}

	/**
	 * Loads the generated rows of one table.
	 * @param table the table
	 * @param columns its columns, comma-separated, in the order the rows give them
	 * @param rows the row generator
	 */
	void table(String table, String columns, RowSource rows) throws SQLException {
		try {
			if (this.kind == DatabaseKind.POSTGRES) {
				copy(table, columns, rows);
			}
			else {
				insert(table, columns, rows);
			}
		}
		catch (SQLException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new SQLException("Loading " + table + " failed", ex);
		}
	}

	private void copy(String table, String columns, RowSource rows) throws Exception {
		CopyIn copy = this.connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin");
		try {
			StringBuilder buffer = new StringBuilder(COPY_BUFFER_SIZE + 4096);
			rows.generate((values) -> {
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						buffer.append('\t');
					}
					buffer.append(copyText(values[i]));
				}
				buffer.append('\n');
				if (buffer.length() >= COPY_BUFFER_SIZE) {
					write(copy, buffer);
				}
			});
			write(copy, buffer);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private static String copyText(Object value) {
		// generated text has no tab, newline or backslash, so COPY's text format needs no escaping
		return (value instanceof Boolean flag) ? (flag ? "t" : "f") : value.toString();
	}

	private void insert(String table, String columns, RowSource rows) throws Exception {
		int arity = columns.split(",").length;
		String sql = "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(arity - 1) + "?)";
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			int[] pending = { 0 };
			rows.generate((values) -> {
				for (int i = 0; i < values.length; i++) {
					Object value = values[i];
					statement.setObject(i + 1,
							(value instanceof Instant instant) ? this.kind.timestamp(instant) : value);
				}
				statement.addBatch();
				if (++pending[0] == BATCH_SIZE) {
					statement.executeBatch();
					pending[0] = 0;
				}
			});
			if (pending[0] > 0) {
				statement.executeBatch();
			}
		}
	}

	/**
	 * Generates the rows of one table into a sink.
	 */
	@FunctionalInterface
	interface RowSource {

		void generate(RowSink sink) throws Exception;

	}

	/**
	 * Database work run in a transaction.
	 */
	@FunctionalInterface
	interface Work {

		void run() throws SQLException;

	}

}
