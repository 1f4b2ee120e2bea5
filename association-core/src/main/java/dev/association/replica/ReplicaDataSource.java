package dev.association.replica;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.Assert;

/**
 * The {@code DataSource} of a read replica, as the read-only {@code DataSource} of a routing
 * {@link LazyConnectionDataSourceProxy}. When the replica gives no connection (down, unreachable, its pool timed
 * out), it either fails with an exception that names the replica, or, with the fallback on, hands out a connection of
 * the primary instead and leaves the replica alone for a while ({@code retryAfter}) before trying it again, so that
 * reads do not each wait for the replica's connection timeout.
 * <pre>{@code
 * DataSource routing = ReplicaDataSource.routing(primary, replicaPool, "jdbc:postgresql://replica:5432/app", false);
 * Associations.builder().dataSource(routing).readOnlyFinds(true).models(...).build();
 * }</pre>
 */
public final class ReplicaDataSource implements DataSource {

	private static final org.slf4j.Logger logger = LoggerFactory.getLogger(ReplicaDataSource.class);

	/** How long the fallback reads from the primary before it tries the replica again, unless configured. */
	public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

	private final DataSource replica;

	private final DataSource primary;

	private final String name;

	private final boolean fallback;

	private final long retryAfterNanos;

	private volatile long downUntil;

	private volatile boolean down;

	/**
	 * A replica's data source.
	 * @param replica the replica's pool
	 * @param primary the primary, for the fallback
	 * @param name how messages name the replica, e.g. its JDBC URL
	 * @param fallback whether reads go to the primary while the replica gives no connection
	 * @param retryAfter how long the fallback stays on the primary before trying the replica again
	 */
	public ReplicaDataSource(DataSource replica, DataSource primary, String name, boolean fallback,
			Duration retryAfter) {
		Assert.notNull(replica, "Replica DataSource must not be null");
		Assert.notNull(primary, "Primary DataSource must not be null");
		Assert.hasText(name, "Replica name must not be empty");
		Assert.isTrue(!retryAfter.isNegative(), "retryAfter must not be negative");
		this.replica = replica;
		this.primary = primary;
		this.name = name;
		this.fallback = fallback;
		this.retryAfterNanos = retryAfter.toNanos();
	}

	/**
	 * A data source that takes connections of read-only transactions from the replica and every other connection
	 * from the primary: Spring's {@link LazyConnectionDataSourceProxy} with this replica as its read-only
	 * {@code DataSource}. Use it as the application's {@code DataSource} (transaction manager and
	 * {@code JdbcTemplate} included).
	 * @param primary the primary
	 * @param replica the replica's pool
	 * @param name how messages name the replica
	 * @param fallback whether reads go to the primary while the replica gives no connection
	 * @return the routing data source
	 */
	public static LazyConnectionDataSourceProxy routing(DataSource primary, DataSource replica, String name,
			boolean fallback) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
		routing.setReadOnlyDataSource(new ReplicaDataSource(replica, primary, name, fallback, DEFAULT_RETRY_AFTER));
		return routing;
	}

	/**
	 * The replica's pool.
	 * @return the pool
	 */
	public DataSource replica() {
		return this.replica;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(null, null);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(username, password);
	}

	private Connection connect(@Nullable String username, @Nullable String password) throws SQLException {
		if (this.fallback && this.down && System.nanoTime() - this.downUntil < 0) {
			return open(this.primary, username, password);
		}
		try {
			Connection connection = open(this.replica, username, password);
			if (this.down) {
				this.down = false;
				logger.info("The read replica {} is back: reads run on it again", this.name);
			}
			return connection;
		}
		catch (SQLException ex) {
			if (!this.fallback) {
				throw new SQLTransientConnectionException("The read replica " + this.name + " gave no connection ("
						+ reason(ex) + "). Reads outside a read-write transaction run on it: bring it back, or "
						+ "let them fall back to the primary (association.replica.fallback=true).", "08001", ex);
			}
			this.downUntil = System.nanoTime() + this.retryAfterNanos;
			if (!this.down) {
				this.down = true;
				logger.warn("The read replica {} gave no connection ({}): reads run on the primary, and the replica "
						+ "is tried again every {} ms", this.name, reason(ex), this.retryAfterNanos / 1_000_000);
			}
			return open(this.primary, username, password);
		}
	}

	private static String reason(SQLException ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == ex) ? String.valueOf(ex.getMessage()) : ex.getMessage() + ": " + root.getMessage();
	}

	private static Connection open(DataSource source, @Nullable String username, @Nullable String password)
			throws SQLException {
		return (username != null) ? source.getConnection(username, password) : source.getConnection();
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.replica.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.replica.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.replica.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.replica.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return Logger.getLogger(Logger.GLOBAL_LOGGER_NAME);
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface.isInstance(this)) {
			return iface.cast(this);
		}
		return this.replica.unwrap(iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) throws SQLException {
		return iface.isInstance(this) || this.replica.isWrapperFor(iface);
	}

	@Override
	public String toString() {
		return "ReplicaDataSource " + this.name + (this.fallback ? " (falls back to the primary)" : "");
	}

}
