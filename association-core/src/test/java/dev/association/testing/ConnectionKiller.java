package dev.association.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A HikariCP pool (as Spring Boot wires one) whose physical connections can be killed in the middle of an operation:
 * armed with {@link #killAt(int, String)}, it kills the connection that sends the n-th statement starting with a
 * prefix, just before that statement runs. PostgreSQL's connection is ended by {@code pg_terminate_backend(pid)}
 * and MariaDB's by {@code KILL CONNECTION id}, both sent from another connection (of the test database's own pool)
 * with the id read from the very connection being killed; H2's is closed (rolling its transaction back) and from
 * then on fails as a dead connection does, with SQLState {@code 08006} so that the pool evicts it.
 */
public final class ConnectionKiller implements AutoCloseable {

	private final TestDatabase db;

	private final HikariDataSource pool;

	private final AtomicInteger connections = new AtomicInteger();

	private volatile String prefix = "";

	private volatile int remaining;

	private volatile int killed;

	private volatile int last;

	/**
	 * A pool of two connections on a test database, with no kill armed.
	 * @param db the database
	 */
	public ConnectionKiller(TestDatabase db) {
		this.db = db;
		HikariDataSource raw = (HikariDataSource) db.rawDataSource();
		DataSource physical = new DriverManagerDataSource(raw.getJdbcUrl(), raw.getUsername(), raw.getPassword());
		HikariConfig config = new HikariConfig();
		config.setDataSource(new DelegatingDataSource(physical) {

			@Override
			public Connection getConnection() throws SQLException {
				return watch(super.getConnection());
			}

		});
		config.setMaximumPoolSize(2);
		config.setPoolName("association-kill-" + db.name());
		this.pool = new HikariDataSource(config);
	}

	/**
	 * The pool.
	 * @return the pooled data source
	 */
	public DataSource dataSource() {
		return this.pool;
	}

	/**
	 * Arms the kill: the connection that prepares the n-th statement starting with the prefix is killed before
	 * that statement runs.
	 * @param n which statement, from 1
	 * @param prefix how its SQL starts, e.g. {@code INSERT}
	 */
	public void killAt(int n, String prefix) {
		this.prefix = prefix;
		this.killed = 0;
		this.remaining = n;
	}

	/**
	 * The physical connection that was killed.
	 * @return its number (from 1), 0 when none was
	 */
	public int killedConnection() {
		return this.killed;
	}

	/**
	 * The physical connection that prepared the last statement.
	 * @return its number (from 1)
	 */
	public int lastConnection() {
		return this.last;
	}

	@Override
	public void close() {
		this.pool.close();
	}

	private Connection watch(Connection connection) {
		int number = this.connections.incrementAndGet();
		boolean[] dead = new boolean[1];
		InvocationHandler handler = (Object proxy, Method method, Object[] args) -> {
			String name = method.getName();
			if (name.equals("equals")) {
				return proxy == args[0];
			}
			if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			if (dead[0]) {
				return afterDeath(connection, name);
			}
			if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
				this.last = number;
				String sql = (args != null && args.length > 0) ? (String) args[0] : "";
				if (this.remaining > 0 && sql.startsWith(this.prefix) && --this.remaining == 0) {
					this.killed = number;
					dead[0] = kill(connection);
					if (dead[0]) {
						throw broken();
					}
				}
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (Connection) Proxy.newProxyInstance(ConnectionKiller.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	/**
	 * Kills a connection; true when the kill is simulated (H2) and the proxy must fail from now on.
	 */
	private boolean kill(Connection connection) throws SQLException {
		switch (this.db.name()) {
			case "postgresql" -> {
				long pid = idOf(connection, "SELECT pg_backend_pid()");
				Boolean terminated = this.db.jdbc()
					.queryForObject("SELECT pg_terminate_backend(?, 10000)", Boolean.class, (int) pid);
				if (!Boolean.TRUE.equals(terminated)) {
					throw new IllegalStateException("PostgreSQL backend " + pid + " was not terminated");
				}
				return false;
			}
			case "mariadb" -> {
				long id = idOf(connection, "SELECT CONNECTION_ID()");
				this.db.jdbc().execute("KILL CONNECTION " + id);
				return false;
			}
			default -> {
				connection.close();
				return true;
			}
		}
	}

	private static long idOf(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
			resultSet.next();
			return resultSet.getLong(1);
		}
	}

	private static Object afterDeath(Connection connection, String method) throws SQLException {
		return switch (method) {
			case "close", "abort" -> null;
			case "isClosed" -> connection.isClosed();
			case "isValid" -> false;
			case "toString" -> "dead connection";
			default -> throw broken();
		};
	}

	private static SQLException broken() {
		return new SQLNonTransientConnectionException("Connection lost: killed by the test", "08006");
	}

}
