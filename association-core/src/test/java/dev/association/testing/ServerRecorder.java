package dev.association.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records which PostgreSQL server served each statement sent through a data source: before the first statement a
 * connection prepares, it asks that same connection {@code SELECT inet_server_port(), pg_is_in_recovery()}, and every
 * statement of the connection is recorded with the answer.
 */
public final class ServerRecorder {

	private final List<Served> served = Collections.synchronizedList(new ArrayList<>());

	/**
	 * Wraps a data source so that the server of each of its statements is recorded here.
	 * @param target the data source (a routing one, typically)
	 * @return the recording data source
	 */
	public DataSource wrap(DataSource target) {
		return new DelegatingDataSource(target) {

			@Override
			public Connection getConnection() throws SQLException {
				return proxy(super.getConnection());
			}

		};
	}

	/**
	 * Every statement recorded since the last {@link #clear()}, in order.
	 * @return the statements and their servers
	 */
	public List<Served> served() {
		synchronized (this.served) {
			return List.copyOf(this.served);
		}
	}

	/**
	 * Forgets what was recorded.
	 */
	public void clear() {
		this.served.clear();
	}

	private Connection proxy(Connection connection) {
		Served[] server = new Served[1];
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("prepareStatement")) {
						if (server[0] == null) {
							server[0] = ask(connection);
						}
						this.served.add(new Served((String) args[0], server[0].port(), server[0].inRecovery()));
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	private static Served ask(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet resultSet = statement.executeQuery("SELECT inet_server_port(), pg_is_in_recovery()")) {
			resultSet.next();
			return new Served("", resultSet.getInt(1), resultSet.getBoolean(2));
		}
	}

	/**
	 * One statement and the server that ran it.
	 * @param sql the statement
	 * @param port the server's port
	 * @param inRecovery whether the server is a standby ({@code pg_is_in_recovery()})
	 */
	public record Served(String sql, int port, boolean inRecovery) {

	}

}
