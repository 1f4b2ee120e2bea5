package dev.association.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;
import org.junit.jupiter.api.Assumptions;

/**
 * The benchmark's correctness check on MariaDB (N = 120): the server of the core integration tests
 * ({@code ASSOCIATION_MARIADB_URL}, default {@code jdbc:mariadb://127.0.0.1:3306/test}, user
 * {@code ASSOCIATION_MARIADB_USER} or {@code root}, {@code ASSOCIATION_MARIADB_PASSWORD}), in a database of its own
 * beside the configured one ({@code test} gives {@code test_bench_check}), since the core tests create tables named
 * {@code users} and {@code posts} in theirs. A server that cannot be reached fails the tests; they are skipped only
 * outside CI when {@code ASSOCIATION_TEST_DATABASES} leaves MariaDB out.
 */
class MariaDbWorkloadCheckTests extends WorkloadChecks {

	private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/?]+/)([^?]*)(.*)");

	@Override
	BenchmarkDatabase open() throws Exception {
		String subset = System.getenv("ASSOCIATION_TEST_DATABASES");
		Assumptions.assumeTrue("true".equalsIgnoreCase(System.getenv("CI")) || subset == null || subset.isBlank()
				|| List.of(subset.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains("mariadb"),
				"ASSOCIATION_TEST_DATABASES leaves MariaDB out");
		String url = env("ASSOCIATION_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
		String user = env("ASSOCIATION_MARIADB_USER", "root");
		String password = env("ASSOCIATION_MARIADB_PASSWORD", "");
		Matcher matcher = URL.matcher(url);
		if (!matcher.matches() || matcher.group(2).isEmpty()) {
			throw new IllegalStateException("ASSOCIATION_MARIADB_URL=" + url + " names no database");
		}
		String database = matcher.group(2) + "_bench_check";
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database if not exists `" + database + "`");
		}
		DatabaseKind.Endpoint endpoint = new DatabaseKind.Endpoint(matcher.group(1) + database + matcher.group(3),
				user, password);
		return BenchmarkDatabase.open(DatabaseKind.MARIADB, USERS, endpoint);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
