package dev.association.testing;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One database under test: a pooled, statement-counting data source and a way to empty it.
 */
public final class TestDatabase {

	private final String name;

	private final String description;

	private final DataSource raw;

	private final DataSource counted;

	private final StatementCounter counter;

	TestDatabase(String name, String description, DataSource raw) {
		this.name = name;
		this.description = description;
		this.raw = raw;
		this.counter = new StatementCounter();
		this.counted = this.counter.wrap(raw);
	}

	/**
	 * The database's short name: {@code h2}, {@code postgresql}, {@code mariadb}, or {@code galera} for the Galera
	 * cluster of {@link TestClusters}.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The kind of server: {@code h2}, {@code postgresql} or {@code mariadb} (a Galera cluster is MariaDB).
	 * @return the kind
	 */
	public String kind() {
		return this.name.equals("galera") ? "mariadb" : this.name;
	}

	/**
	 * Product, version and where it runs.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The data source whose statements are counted by {@link #statements()}.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.counted;
	}

	/**
	 * The data source without counting.
	 * @return the raw pooled data source
	 */
	public DataSource rawDataSource() {
		return this.raw;
	}

	/**
	 * Plain JDBC on the raw data source, for asserting rows independently of the engine.
	 * @return a JdbcTemplate
	 */
	public JdbcTemplate jdbc() {
		return new JdbcTemplate(this.raw);
	}

	/**
	 * The statement counter of {@link #dataSource()}.
	 * @return the counter
	 */
	public StatementCounter statements() {
		return this.counter;
	}

	/**
	 * Drops every table, leaving an empty database, and resets the statement counter.
	 * @return this database
	 */
	public TestDatabase reset() {
		JdbcTemplate jdbc = jdbc();
		switch (this.name) {
			case "h2" -> jdbc.execute("DROP ALL OBJECTS");
			case "postgresql" -> {
				jdbc.execute("DROP SCHEMA IF EXISTS public CASCADE");
				jdbc.execute("CREATE SCHEMA public");
			}
			default -> {
				List<String> tables = jdbc.queryForList(
						"SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
				jdbc.execute((java.sql.Connection con) -> {
					try (java.sql.Statement statement = con.createStatement()) {
						statement.execute("SET FOREIGN_KEY_CHECKS = 0");
						for (String table : tables) {
							statement.execute("DROP TABLE IF EXISTS `" + table.replace("`", "``") + "`");
						}
						statement.execute("SET FOREIGN_KEY_CHECKS = 1");
					}
					return null;
				});
			}
		}
		this.counter.reset();
		return this;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
