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
 * Creates the blog schema and loads the data set in bulk: {@code COPY ... FROM STDIN} through the PostgreSQL
 * driver's {@code CopyManager}, batched inserts on MariaDB (which Connector/J sends through the bulk protocol, one
 * round trip per batch) and H2. A marker table records N and the schema version, so that a PostgreSQL or MariaDB
 * data set is generated once and reused by later runs.
 */
public final class BlogDataLoader {

	private static final int BATCH_SIZE = 1000;

	private static final int COPY_BUFFER_SIZE = 1 << 20;

	private final DatabaseKind kind;

	private final BlogDataSet dataSet;

	/**
	 * A loader of one data set into one kind of database.
	 * @param kind the database kind
	 * @param dataSet the data set
	 */
	public BlogDataLoader(DatabaseKind kind, BlogDataSet dataSet) {
		this.kind = kind;
		this.dataSet = dataSet;
	}

	/**
	 * Loads the data set unless the database holds it already (same N, same schema version).
	 * @param connection a connection to the database
	 * @return true when the data was generated now, false when the stored data set was reused
	 * @throws SQLException on a database error
	 */
	public boolean ensureLoaded(Connection connection) throws SQLException {
		if (isLoaded(connection)) {
			execute(connection, BlogSchema.softDeleteColumns(this.kind));
			return false;
		}
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			execute(connection, BlogSchema.drop());
			execute(connection, BlogSchema.tables(this.kind));
			load(connection);
			execute(connection, BlogSchema.constraints());
			if (this.kind == DatabaseKind.POSTGRES) {
				execute(connection, sequenceResets());
			}
			execute(connection, List.of(BlogSchema.marker(), "insert into " + BlogSchema.MARKER_TABLE
					+ " (users, schema_version) values (" + this.dataSet.users() + ", " + BlogSchema.VERSION + ")"));
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		execute(connection, BlogSchema.analyze(this.kind));
		return true;
	}

	private boolean isLoaded(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData()
			.getTables(connection.getCatalog(), null, null, new String[] { "TABLE" })) {
			boolean found = false;
			while (tables.next()) {
				found |= BlogSchema.MARKER_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"));
			}
			if (!found) {
				return false;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet marker = statement.executeQuery("select users, schema_version from " + BlogSchema.MARKER_TABLE)) {
			return marker.next() && marker.getInt(1) == this.dataSet.users()
					&& marker.getInt(2) == BlogSchema.VERSION;
		}
	}

	private void load(Connection connection) throws SQLException {
		table(connection, "users", "id, username, email, created_at", this.dataSet::users);
		table(connection, "profiles", "id, user_id, bio", this.dataSet::profiles);
		table(connection, "posts", "id, author_id, title, body, published, created_at", this.dataSet::posts);
		table(connection, "comments", "id, post_id, commenter_id, body, created_at", this.dataSet::comments);
		table(connection, "roles", "id, name", this.dataSet::roles);
		table(connection, "user_roles", "user_id, role_id", this.dataSet::userRoles);
		table(connection, "tags", "id, name", this.dataSet::tags);
		table(connection, "post_tags", "post_id, tag_id", this.dataSet::postTags);
	}

	private void table(Connection connection, String table, String columns, RowSource rows) throws SQLException {
		try {
			if (this.kind == DatabaseKind.POSTGRES) {
				copy(connection, table, columns, rows);
			}
			else {
				insert(connection, table, columns, rows, this.kind);
			}
		}
		catch (SQLException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new SQLException("Loading " + table + " failed", ex);
		}
	}

	private static void copy(Connection connection, String table, String columns, RowSource rows) throws Exception {
		CopyIn copy = connection.unwrap(PGConnection.class)
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

	private static void insert(Connection connection, String table, String columns, RowSource rows, DatabaseKind kind)
			throws Exception {
		int arity = columns.split(",").length;
		String sql = "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(arity - 1) + "?)";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int[] pending = { 0 };
			rows.generate((values) -> {
				for (int i = 0; i < values.length; i++) {
					Object value = values[i];
					statement.setObject(i + 1, (value instanceof Instant instant) ? kind.timestamp(instant) : value);
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

	private static List<String> sequenceResets() {
		return List.of("users", "profiles", "posts", "comments", "roles", "tags")
			.stream()
			.map((table) -> "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
					+ "))")
			.toList();
	}

	private static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	@FunctionalInterface
	private interface RowSource {

		void generate(RowSink sink) throws Exception;

	}

}
