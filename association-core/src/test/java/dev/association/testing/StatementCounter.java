package dev.association.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements sent through a data source: every {@code prepareStatement}, {@code prepareCall} and
 * {@code createStatement} is one (a JDBC batch is one statement). Also keeps the SQL text, for messages.
 */
public final class StatementCounter {

	private final AtomicInteger count = new AtomicInteger();

	private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	/**
	 * Wraps a data source so that its statements are counted here.
	 * @param target the real data source
	 * @return the counting data source
	 */
	public DataSource wrap(DataSource target) {
		return new DelegatingDataSource(target) {

			@Override
			public Connection getConnection() throws java.sql.SQLException {
				return proxy(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws java.sql.SQLException {
				return proxy(super.getConnection(username, password));
			}

		};
	}

	private Connection proxy(Connection connection) {
		InvocationHandler handler = (Object proxy, Method method, Object[] args) -> {
			String name = method.getName();
			if (name.equals("prepareStatement") || name.equals("prepareCall")) {
				this.count.incrementAndGet();
				this.statements.add((String) args[0]);
			}
			else if (name.equals("createStatement")) {
				this.count.incrementAndGet();
				this.statements.add("(plain statement)");
			}
			else if (name.equals("unwrap") && args[0] == Connection.class) {
				return connection;
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	/**
	 * The number of statements since the last reset.
	 * @return the count
	 */
	public int count() {
		return this.count.get();
	}

	/**
	 * The SQL of the statements since the last reset.
	 * @return the statements
	 */
	public List<String> statements() {
		synchronized (this.statements) {
			return List.copyOf(this.statements);
		}
	}

	/**
	 * Starts counting from zero.
	 */
	public void reset() {
		this.count.set(0);
		this.statements.clear();
	}

}
