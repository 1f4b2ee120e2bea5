package dev.association.benchmarks.data;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that counts the SQL statements sent through it: every {@code prepareStatement},
 * {@code prepareCall} and {@code createStatement} on its connections is one. Every implementation under test gets
 * one of these, so statements per operation are measured the same way for all.
 */
public final class StatementCountingDataSource extends DelegatingDataSource {

	private final AtomicLong statements = new AtomicLong();

	private final List<String> sql = new CopyOnWriteArrayList<>();

	private volatile boolean capturing;

	/**
	 * Counts the statements of a data source.
	 * @param target the real data source
	 */
	public StatementCountingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(super.getConnection(username, password));
	}

	/**
	 * The statements prepared or created since the last reset.
	 * @return the count
	 */
	public long statements() {
		return this.statements.get();
	}

	/**
	 * The SQL of the statements since the last reset ({@code (statement)} for a plain statement).
	 * @return the statements
	 */
	public List<String> sql() {
		return List.copyOf(this.sql);
	}

	/**
	 * Starts counting from zero, keeping the SQL text until {@link #stopCapturing()} (not while timing: keeping it
	 * allocates).
	 */
	public void reset() {
		this.statements.set(0);
		this.sql.clear();
		this.capturing = true;
	}

	/**
	 * Stops keeping the SQL text (the count goes on).
	 */
	public void stopCapturing() {
		this.capturing = false;
	}

	private Connection counting(Connection connection) {
		InvocationHandler handler = (Object proxy, Method method, Object[] args) -> {
			String name = method.getName();
			if (name.equals("prepareStatement") || name.equals("prepareCall")) {
				this.statements.incrementAndGet();
				if (this.capturing) {
					this.sql.add((String) args[0]);
				}
			}
			else if (name.equals("createStatement")) {
				this.statements.incrementAndGet();
				if (this.capturing) {
					this.sql.add("(statement)");
				}
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (Connection) Proxy.newProxyInstance(StatementCountingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

}
