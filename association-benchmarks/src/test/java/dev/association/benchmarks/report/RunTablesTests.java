package dev.association.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multilevel table of {@code run.sh}, from JMH's JSON and the statement counts.
 */
class RunTablesTests {

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
