package dev.association.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The databases every integration test runs on, started once per JVM. PostgreSQL and MariaDB come from
 * Testcontainers when a Docker engine answers, else from the loopback servers:
 * <ul>
 * <li>{@code ASSOCIATION_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}),
 * {@code ASSOCIATION_POSTGRES_USER} ({@code postgres}), {@code ASSOCIATION_POSTGRES_PASSWORD} (empty)</li>
 * <li>{@code ASSOCIATION_MARIADB_URL} (default {@code jdbc:mariadb://127.0.0.1:3306/test}),
 * {@code ASSOCIATION_MARIADB_USER} ({@code root}), {@code ASSOCIATION_MARIADB_PASSWORD} (empty)</li>
 * <li>{@code ASSOCIATION_TEST_DATABASES}: a subset such as {@code h2} for a quick local run; refused under
 * {@code CI=true}, where every database must be reached</li>
 * <li>{@code ASSOCIATION_TESTCONTAINERS=false} uses the loopback servers even when Docker is present</li>
 * </ul>
 * A database that cannot be reached fails the test that asks for it, loudly: never a skip.
 */
public final class TestDatabases {

	private static final List<String> ALL = List.of("h2", "postgresql", "mariadb");

	private static final Map<String, TestDatabase> started = new LinkedHashMap<>();

	private TestDatabases() {
	}

	/**
	 * The databases under test, for {@code @MethodSource}.
	 * @return one database per argument
	 */
	public static Stream<TestDatabase> all() {
		return selected().stream().map(TestDatabases::get);
	}

	/**
	 * The databases under test and, when {@link TestClusters#expected()}, the Galera cluster through its failover URL,
	 * for {@code @MethodSource}.
	 * @return one database per argument
	 */
	public static Stream<TestDatabase> allAndGalera() {
		return TestClusters.expected() ? Stream.concat(all(), Stream.of(get("galera"))) : all();
	}

	/**
	 * One database by name, started on first use.
	 * @param name {@code h2}, {@code postgresql} or {@code mariadb}
	 * @return the database, reset to empty
	 */
	public static synchronized TestDatabase get(String name) {
		TestDatabase database = started.get(name);
		if (database == null) {
			database = start(name);
			started.put(name, database);
			System.out.println("association test database: " + database.name() + " = " + database.description());
		}
		return database;
	}

	static List<String> selected() {
		String subset = System.getenv("ASSOCIATION_TEST_DATABASES");
		if (subset == null || subset.isBlank()) {
			return ALL;
		}
		List<String> names = Arrays.stream(subset.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
		if ("true".equalsIgnoreCase(System.getenv("CI")) && !names.containsAll(ALL)) {
			throw new IllegalStateException("ASSOCIATION_TEST_DATABASES=" + subset
					+ " under CI=true: CI runs every integration test on h2, postgresql and mariadb.");
		}
		for (String name : names) {
			if (!ALL.contains(name)) {
				throw new IllegalStateException("Unknown test database '" + name + "'. Databases: " + ALL);
			}
		}
		return names;
	}

	private static TestDatabase start(String name) {
		return switch (name) {
			case "h2" -> connect("h2", "jdbc:h2:mem:association;DB_CLOSE_DELAY=-1", "sa", "", "embedded");
			case "postgresql" -> useContainers() ? postgresContainer()
					: connect("postgresql", env("ASSOCIATION_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
							env("ASSOCIATION_POSTGRES_USER", "postgres"), env("ASSOCIATION_POSTGRES_PASSWORD", ""),
							"loopback server");
			case "mariadb" -> useContainers() ? mariadbContainer()
					: connect("mariadb", env("ASSOCIATION_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
							env("ASSOCIATION_MARIADB_USER", "root"), env("ASSOCIATION_MARIADB_PASSWORD", ""),
							"loopback server");
			case "galera" -> connect("galera", TestClusters.galeraUrl(), env("ASSOCIATION_MARIADB_USER", "root"),
					env("ASSOCIATION_MARIADB_PASSWORD", ""), "Galera cluster, started by .ci/clusters.sh");
			default -> throw new IllegalStateException("Unknown test database '" + name + "'");
		};
	}

	private static boolean useContainers() {
		if ("false".equalsIgnoreCase(System.getenv("ASSOCIATION_TESTCONTAINERS"))) {
			return false;
		}
		boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
		if (!socket && System.getenv("DOCKER_HOST") == null) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static TestDatabase postgresContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
		container.start();
		return connect("postgresql", container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers");
	}

	@SuppressWarnings("resource")
	private static TestDatabase mariadbContainer() {
		MariaDBContainer container = new MariaDBContainer("mariadb:10.11");
		container.start();
		return connect("mariadb", container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers");
	}

	static TestDatabase connect(String name, String url, String user, String password, String where) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(8);
		config.setPoolName("association-test-" + name);
		config.setInitializationFailTimeout(10_000);
		config.setConnectionTimeout(10_000);
		DataSource dataSource;
		String description;
		try {
			HikariDataSource pool = new HikariDataSource(config);
			try (Connection connection = pool.getConnection()) {
				DatabaseMetaData metaData = connection.getMetaData();
				description = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion() + " at "
						+ url + " (" + where + ")";
			}
			dataSource = pool;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Test database " + name + " at " + url + " cannot be reached (" + where
					+ "): " + ex.getMessage() + ". Start it (.ci/run does), point ASSOCIATION_"
					+ name.toUpperCase(Locale.ROOT).replace("POSTGRESQL", "POSTGRES")
					+ "_URL at another server (.ci/clusters.sh start starts the clusters), or run a subset with ASSOCIATION_TEST_DATABASES=h2 (not under CI).", ex);
		}
		return new TestDatabase(name, description, dataSource);
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	static List<String> names() {
		return new ArrayList<>(started.keySet());
	}

}
