package dev.association.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scaling table: per database and scale, association against the floor, microseconds per user for both, and
 * association's time per user against its time per user at 1,000 users.
 */
class RunTablesTests {

	@Test
	void theScalingTableShowsTimePerUserAndItsRatioToTheOneAtAThousandUsersPerDatabase() {
		List<JsonNode> results = new ArrayList<>();
		results.add(result("mariadb", "jdbc", 1000, 100.0));
		results.add(result("mariadb", "association", 1000, 120.0));
		results.add(result("mariadb", "jdbc", 10000, 1000.0));
		results.add(result("mariadb", "association", 10000, 1500.0));
		results.add(result("postgres", "jdbc", 10000, 500.0));
		results.add(result("postgres", "association", 10000, 550.0));
		results.add(result("postgres", "association", 1000, 50.0));
		String table = RunTables.scaling(results);
		assertThat(table)
			.contains("| mariadb | 1,000 | 100.00 ms | 120.00 ms | 1.20x | 100.0 µs | 120.0 µs | 1.00x (met) |")
			.contains("| mariadb | 10,000 | 1000.00 ms | 1500.00 ms | 1.50x | 100.0 µs | 150.0 µs | 1.25x (missed) |")
			.contains("| postgres | 10,000 | 500.00 ms | 550.00 ms | 1.10x | 50.0 µs | 55.0 µs | 1.10x (met) |");
	}

	private static JsonNode result(String database, String implementation, int rootUsers, double median) {
		return JsonMapper.builder().build().readTree("""
				{"benchmark": "dev.association.benchmarks.ScalingBenchmark.w3Scaling",
				 "params": {"database": "%s", "implementation": "%s", "rootUsers": "%d", "users": "10000"},
				 "primaryMetric": {"score": %s, "scorePercentiles": {"50.0": %s}}}
				""".formatted(database, implementation, rootUsers, median, median));
	}

}
