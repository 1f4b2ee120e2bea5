package dev.association.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The loopback clusters of {@code .ci/clusters.sh}: a PostgreSQL primary with a streaming replica, and a 3-node
 * Galera cluster. They are expected when {@code ASSOCIATION_CLUSTERS=true} ({@code .ci/run} starts them and sets it):
 * then a cluster that cannot be reached fails the tests that need it. Without it, those tests are skipped with a
 * message saying how to run them, and the Galera target is left out of {@link AllDatabasesAndGalera}.
 * <ul>
 * <li>{@code ASSOCIATION_REPLICA_PRIMARY_URL} (default {@code jdbc:postgresql://127.0.0.1:5434/test}) and
 * {@code ASSOCIATION_REPLICA_URL} ({@code jdbc:postgresql://127.0.0.1:5435/test}), user {@code postgres}</li>
 * <li>{@code ASSOCIATION_GALERA_NODES} (default {@code 127.0.0.1:3307,127.0.0.1:3308,127.0.0.1:3309}) and
 * {@code ASSOCIATION_GALERA_URL} (default the sequential failover URL over those nodes, database {@code test})</li>
 * </ul>
 */
public final class TestClusters {

	private TestClusters() {
	}

	/**
	 * Whether the clusters are expected to be up.
	 * @return true under {@code ASSOCIATION_CLUSTERS=true}, and always under {@code CI=true}: in CI a cluster test
	 * fails when its cluster is down, it is never skipped
	 */
	public static boolean expected() {
		return "true".equalsIgnoreCase(System.getenv("ASSOCIATION_CLUSTERS"))
				|| "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * Skips the calling test when the clusters are not expected.
	 */
	public static void assumeExpected() {
		Assumptions.assumeTrue(expected(), "The loopback clusters are not expected: run .ci/clusters.sh start and set "
				+ "ASSOCIATION_CLUSTERS=true (.ci/run does both)");
	}

	/**
	 * The PostgreSQL primary that the replica streams from.
	 * @return its JDBC URL
	 */
	public static String replicaPrimaryUrl() {
		return TestDatabases.env("ASSOCIATION_REPLICA_PRIMARY_URL", "jdbc:postgresql://127.0.0.1:5434/test");
	}

	/**
	 * The PostgreSQL streaming replica.
	 * @return its JDBC URL
	 */
	public static String replicaUrl() {
		return TestDatabases.env("ASSOCIATION_REPLICA_URL", "jdbc:postgresql://127.0.0.1:5435/test");
	}

	/**
	 * The Galera nodes, {@code host:port} each.
	 * @return the nodes in order
	 */
	public static List<String> galeraNodes() {
		return Arrays.asList(TestDatabases.env("ASSOCIATION_GALERA_NODES",
				"127.0.0.1:3307,127.0.0.1:3308,127.0.0.1:3309").split(","));
	}

	/**
	 * The failover URL over every Galera node: a connection goes to the first node that answers.
	 * @return the JDBC URL
	 */
	public static String galeraUrl() {
		return TestDatabases.env("ASSOCIATION_GALERA_URL",
				"jdbc:mariadb:sequential://" + String.join(",", galeraNodes()) + "/test");
	}

	/**
	 * A pool of connections to one Galera node.
	 * @param node 1, 2 or 3
	 * @param size the pool size
	 * @return the pool
	 */
	public static HikariDataSource galeraNode(int node, int size) {
		return pool("galera-node" + node, "jdbc:mariadb://" + galeraNodes().get(node - 1) + "/test", "root", size);
	}

	/**
	 * A pool on a URL, failing at once with a message naming the URL when the server cannot be reached.
	 * @param name the pool name
	 * @param url the JDBC URL
	 * @param user the user (empty password)
	 * @param size the pool size
	 * @return the pool
	 */
	public static HikariDataSource pool(String name, String url, String user, int size) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword("");
		config.setMaximumPoolSize(size);
		config.setPoolName("association-test-" + name);
		config.setInitializationFailTimeout(10_000);
		config.setConnectionTimeout(10_000);
		try {
			return new HikariDataSource(config);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Cluster server " + name + " at " + url + " cannot be reached: "
					+ ex.getMessage() + ". Start the clusters with .ci/clusters.sh start.", ex);
		}
	}

	/**
	 * Runs {@code .ci/clusters.sh} with arguments, e.g. {@code kill-node 2}, and waits for it.
	 * @param arguments the script's arguments
	 * @return what it printed
	 */
	public static String script(String... arguments) {
		Path script = locate();
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(Arrays.asList(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not finish in 180 s");
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run " + command + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path locate() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null) {
			Path script = directory.resolve(".ci/clusters.sh");
			if (Files.isExecutable(script)) {
				return script;
			}
			directory = directory.getParent();
		}
		throw new IllegalStateException("No .ci/clusters.sh above " + Path.of("").toAbsolutePath());
	}

	/**
	 * A data source's pool, closed.
	 * @param dataSource a pool made here
	 */
	public static void close(DataSource dataSource) {
		if (dataSource instanceof HikariDataSource pool) {
			pool.close();
		}
	}

}
