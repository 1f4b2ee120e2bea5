package dev.association.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of {@code run.sh}'s other runs: scaling (per database and scale, association against the floor,
 * microseconds per user for both, and association's time per user against its time per user at 1,000 users) and
 * multilevel (from JMH's JSON and the statement counts).
 */
class RunTablesTests {

	@Test
	void theScalingTableShowsTimePerUserAndItsRatioToTheOneAtAThousandUsersPerDatabase() {
		List<JsonNode> results = new ArrayList<>();
		results.add(scalingResult("mariadb", "jdbc", 1000, 100.0));
		results.add(scalingResult("mariadb", "association", 1000, 120.0));
		results.add(scalingResult("mariadb", "jdbc", 10000, 1000.0));
		results.add(scalingResult("mariadb", "association", 10000, 1500.0));
		results.add(scalingResult("postgres", "jdbc", 10000, 500.0));
		results.add(scalingResult("postgres", "association", 10000, 550.0));
		results.add(scalingResult("postgres", "association", 1000, 50.0));
		String table = RunTables.scaling(results);
		assertThat(table)
			.contains("| mariadb | 1,000 | 100.00 ms | 120.00 ms | 1.20x | 100.0 µs | 120.0 µs | 1.00x (met) |")
			.contains("| mariadb | 10,000 | 1000.00 ms | 1500.00 ms | 1.50x | 100.0 µs | 150.0 µs | 1.25x (missed) |")
			.contains("| postgres | 10,000 | 500.00 ms | 550.00 ms | 1.10x | 50.0 µs | 55.0 µs | 1.10x (met) |");
	}

	private static JsonNode scalingResult(String database, String implementation, int rootUsers, double median) {
		return JsonMapper.builder().build().readTree("""
				{"benchmark": "dev.association.benchmarks.ScalingBenchmark.w3Scaling",
				 "params": {"database": "%s", "implementation": "%s", "rootUsers": "%d", "users": "10000"},
				 "primaryMetric": {"score": %s, "scorePercentiles": {"50.0": %s}}}
				""".formatted(database, implementation, rootUsers, median, median));
	}

	@Test
	void theMultilevelTableHasTheRatioToJdbcStatementsAndAllocationPerDatabase() {
		List<JsonNode> results = new ArrayList<>();
		JsonMapper.builder().build().readTree("[" + String.join(",", result("postgres", "jdbc", 5.0, 2097152),
				result("postgres", "association", 6.0, 3145728), result("postgres", "hibernate", 10.0, 8388608),
				result("h2", "jdbc", 2.0, 1048576), result("h2", "association", 3.0, 2097152)) + "]")
			.forEach(results::add);
		String table = RunTables.multilevel(results, Map.of("jdbc", 4L, "association", 4L, "hibernate", 3L));
		assertThat(table.lines().skip(2).toList()).containsExactly(
				"| postgres | jdbc | 5.00 ms/op | ± 0.500 | 1.00x | 4 | 2.0 MB |",
				"| postgres | association | 6.00 ms/op | ± 0.500 | 1.20x | 4 | 3.0 MB |",
				"| postgres | hibernate | 10.00 ms/op | ± 0.500 | 2.00x | 3 | 8.0 MB |",
				"| h2 | jdbc | 2.00 ms/op | ± 0.500 | 1.00x | 4 | 1.0 MB |",
				"| h2 | association | 3.00 ms/op | ± 0.500 | 1.50x | 4 | 2.0 MB |");
	}

	private static String result(String database, String implementation, double median, double allocated) {
		return """
				{"benchmark": "dev.association.benchmarks.MultilevelBenchmark.w8PostsCommentsVotesTags",
				 "params": {"database": "%s", "implementation": "%s"},
				 "primaryMetric": {"score": %s, "scoreError": 0.5, "scoreUnit": "ms/op",
				   "scorePercentiles": {"50.0": %s}},
				 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s}}}
				""".formatted(database, implementation, median, median, allocated);
	}

}
