package dev.association.benchmarks.data;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The database a trial runs on: a pooled data source with the data set loaded, and the statement-counting data
 * source that implementations are given. PostgreSQL: {@code jdbc:postgresql://127.0.0.1:5432/association_bench},
 * user {@code postgres} (override with the system properties or environment variables
 * {@code bench.postgres.url}/{@code ASSOCIATION_BENCH_URL}, {@code bench.postgres.user}/{@code ASSOCIATION_BENCH_USER},
 * {@code bench.postgres.password}/{@code ASSOCIATION_BENCH_PASSWORD}). MariaDB:
 * {@code jdbc:mariadb://127.0.0.1:3306/association_bench}, user {@code root} ({@code bench.mariadb.url}/{@code
 * ASSOCIATION_BENCH_MARIADB_URL}, and {@code _USER}, {@code _PASSWORD} likewise). H2: a fresh in-memory database.
 */
public final class BenchmarkDatabase implements AutoCloseable {

	private final DatabaseKind kind;

	private final HikariDataSource pool;

	private final StatementCountingDataSource dataSource;

	private final boolean generated;

	private final long loadMillis;

	private BenchmarkDatabase(DatabaseKind kind, HikariDataSource pool, boolean generated, long loadMillis) {
		this.kind = kind;
		this.pool = pool;
		this.dataSource = new StatementCountingDataSource(pool);
		this.generated = generated;
		this.loadMillis = loadMillis;
	}

	/**
	 * Connects to the kind's database ({@link DatabaseKind#endpoint()}) and makes sure the data set of this scale is
	 * loaded (generating it when it is not).
	 * @param kind the database kind
	 * @param users N, the number of users
	 * @return the database
	 * @throws SQLException when the database cannot be reached or loaded
	 */
	public static BenchmarkDatabase open(DatabaseKind kind, int users) throws SQLException {
		return open(kind, users, kind.endpoint());
	}

	/**
	 * Connects to a database of a kind and makes sure the data set of this scale is loaded (generating it when it is
	 * not).
	 * @param kind the database kind
	 * @param users N, the number of users
	 * @param endpoint where the database is
	 * @return the database
	 * @throws SQLException when the database cannot be reached or loaded
	 */
	public static BenchmarkDatabase open(DatabaseKind kind, int users, DatabaseKind.Endpoint endpoint)
			throws SQLException {
		return open(kind, endpoint, new BlogDataLoader(kind, new BlogDataSet(users))::ensureLoaded);
	}

	/**
	 * Connects and makes sure the multilevel data set ({@link MultilevelDataSet}) is loaded.
	 * @param kind the database kind
	 * @return the database
	 * @throws SQLException when the database cannot be reached or loaded
	 */
	public static BenchmarkDatabase openMultilevel(DatabaseKind kind) throws SQLException {
		return open(kind, kind.endpoint(), new MultilevelDataLoader(kind)::ensureLoaded);
	}

	private static BenchmarkDatabase open(DatabaseKind kind, DatabaseKind.Endpoint endpoint, DataSetLoader loader)
			throws SQLException {
		HikariConfig config = new HikariConfig();
		config.setPoolName("bench-" + kind.name().toLowerCase());
		config.setMaximumPoolSize(4);
		config.setJdbcUrl(endpoint.url());
		config.setUsername(endpoint.user());
		config.setPassword(endpoint.password());
		HikariDataSource pool = new HikariDataSource(config);
		try (Connection connection = pool.getConnection()) {
			long start = System.nanoTime();
			boolean generated = loader.ensureLoaded(connection);
			return new BenchmarkDatabase(kind, pool, generated, (System.nanoTime() - start) / 1_000_000);
		}
		catch (SQLException | RuntimeException ex) {
			pool.close();
			throw ex;
		}
	}

	/**
	 * Closes what a trial set up: its implementation, then its database, each when it was made (a set-up that failed
	 * part-way leaves the rest null).
	 * @param implementation the implementation, or null
	 * @param database the database, or null
	 * @throws Exception when the implementation cannot be closed (the database is closed all the same)
	 */
	public static void closeTrial(AutoCloseable implementation, BenchmarkDatabase database) throws Exception {
		try {
			if (implementation != null) {
				implementation.close();
			}
		}
		finally {
			if (database != null) {
				database.close();
			}
		}
	}

	/**
	 * A connection setting: the system property, else the environment variable, else the fallback.
	 * @param property the system property
	 * @param variable the environment variable
	 * @param fallback the default
	 * @return the setting
	 */
	public static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property);
		if (value == null) {
			value = System.getenv(variable);
		}
		return (value != null) ? value : fallback;
	}

	/**
	 * The database kind.
	 * @return the kind
	 */
	public DatabaseKind kind() {
		return this.kind;
	}

	/**
	 * The data source to give implementations: pooled, and counting statements.
	 * @return the data source
	 */
	public StatementCountingDataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Whether this open generated the data set (false: an existing one was reused).
	 * @return true when generated now
	 */
	public boolean generated() {
		return this.generated;
	}

	/**
	 * How long checking (and generating) the data set took.
	 * @return milliseconds
	 */
	public long loadMillis() {
		return this.loadMillis;
	}

	@Override
	public void close() {
		this.pool.close();
	}

	/**
	 * Loads a data set unless the database holds it; true when it generated it.
	 */
	@FunctionalInterface
	private interface DataSetLoader {

		boolean ensureLoaded(Connection connection) throws SQLException;

	}

}
