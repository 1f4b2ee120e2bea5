package dev.association.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables of the other runs of {@code run.sh} from their JMH JSON: {@code scaling} (W3 over 100, 1,000 and
 * 10,000 users per database: time, ratio to JDBC, time per user and its ratio to the time per user at 1,000 users),
 * {@code streaming} (stream against findAll) and {@code multilevel} (W8 per database: time, ratio to JDBC,
 * statements and bytes per operation). Usage: {@code RunTables scaling|streaming <jmh.json>...} or
 * {@code RunTables multilevel <jmh.json> <statements.tsv>}; prints to standard output.
 */
public final class RunTables {

	private static final double FLAT_WITHIN = 0.20;

	private RunTables() {
	}

	/**
	 * Prints a table.
	 * @param args the kind of table, then the JMH JSON files
	 * @throws IOException when a file cannot be read
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 2 || (args[0].equals("multilevel") && args.length != 3)) {
			System.err.println("Usage: RunTables scaling|streaming <jmh-result.json>..."
					+ " | RunTables multilevel <jmh-result.json> <statements.tsv>");
			System.exit(2);
		}
		List<JsonNode> results = new ArrayList<>();
		int files = args[0].equals("multilevel") ? 2 : args.length;
		for (int i = 1; i < files; i++) {
			JsonMapper.builder().build().readTree(Path.of(args[i]).toFile()).forEach(results::add);
		}
		System.out.print(switch (args[0]) {
			case "scaling" -> scaling(results);
			case "multilevel" -> multilevel(results, statements(Path.of(args[2])));
			default -> streaming(results);
		});
	}

	static String scaling(List<JsonNode> results) {
		// database -> root users -> implementation -> median ms
		Map<String, Map<Integer, Map<String, Double>>> medians = new TreeMap<>();
		for (JsonNode result : results) {
			JsonNode params = result.path("params");
			medians.computeIfAbsent(params.path("database").asString(), (d) -> new TreeMap<>())
				.computeIfAbsent(Integer.parseInt(params.path("rootUsers").asString()), (n) -> new TreeMap<>())
				.put(params.path("implementation").asString(), median(result));
		}
		StringBuilder out = new StringBuilder();
		out.append("| Database | Users | JDBC | association | association / JDBC | JDBC per user | association per user "
				+ "| association per user / at 1,000 users (goal within 20%) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Map.Entry<String, Map<Integer, Map<String, Double>>> database : medians.entrySet()) {
			Map<String, Double> atThousand = database.getValue().get(1000);
			Double base = (atThousand != null) ? atThousand.get("association") : null;
			for (Map.Entry<Integer, Map<String, Double>> scale : database.getValue().entrySet()) {
				Double jdbc = scale.getValue().get("jdbc");
				Double association = scale.getValue().get("association");
				int users = scale.getKey();
				out.append("| ").append(database.getKey()).append(" | ").append(String.format(Locale.ROOT, "%,d", users))
					.append(" | ").append(ms(jdbc)).append(" | ").append(ms(association)).append(" | ")
					.append((jdbc != null && association != null)
							? String.format(Locale.ROOT, "%.2fx", association / jdbc) : "-")
					.append(" | ").append(perUser(jdbc, users)).append(" | ").append(perUser(association, users))
					.append(" | ").append(drift(base, association, users)).append(" |\n");
			}
		}
		return out.toString();
	}

	private static String perUser(Double median, int users) {
		return (median != null) ? String.format(Locale.ROOT, "%.1f µs", median * 1000 / users) : "-";
	}

	private static String drift(Double atThousand, Double association, int users) {
		if (atThousand == null || association == null || users < 1000) {
			return "-";
		}
		double ratio = (association / users) / (atThousand / 1000);
		return String.format(Locale.ROOT, "%.2fx %s", ratio,
				(Math.abs(ratio - 1) <= FLAT_WITHIN) ? "(met)" : "(missed)");
	}

	static String streaming(List<JsonNode> results) {
		StringBuilder out = new StringBuilder();
		out.append("| Database | Users | Read by | Median | Per user (with its posts) | Allocated/op |\n"
				+ "|---|---:|---|---:|---:|---:|\n");
		for (JsonNode result : results) {
			JsonNode params = result.path("params");
			String method = result.path("benchmark").asString();
			int users = Integer.parseInt(params.path("users").asString());
			double median = median(result);
			JsonNode allocated = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
			out.append("| ").append(params.path("database").asString()).append(" | ")
				.append(String.format(Locale.ROOT, "%,d", users)).append(" | ")
				.append(method.endsWith("stream") ? "stream, batches of " + params.path("batchSize").asString()
						: "findAll")
				.append(" | ").append(ms(median)).append(" | ")
				.append(String.format(Locale.ROOT, "%.2f µs", median * 1000 / users)).append(" | ")
				.append(allocated.isNumber() ? String.format(Locale.ROOT, "%.1f MB", allocated.doubleValue() / 1048576)
						: "-")
				.append(" |\n");
		}
		return out.toString();
	}

	static String multilevel(List<JsonNode> results, Map<String, Long> statements) {
		// database -> implementation -> result, in the order of the run
		Map<String, Map<String, JsonNode>> byDatabase = new TreeMap<>(Comparator.reverseOrder());
		for (JsonNode result : results) {
			JsonNode params = result.path("params");
			byDatabase.computeIfAbsent(params.path("database").asString(), (d) -> new LinkedHashMap<>())
				.put(params.path("implementation").asString(), result);
		}
		StringBuilder out = new StringBuilder();
		out.append("| Database | Implementation | Median | Error (99.9%) | Ratio to JDBC | Statements/op | Allocated/op |\n"
				+ "|---|---|---:|---:|---:|---:|---:|\n");
		for (Map.Entry<String, Map<String, JsonNode>> database : byDatabase.entrySet()) {
			JsonNode jdbc = database.getValue().get("jdbc");
			for (Map.Entry<String, JsonNode> cell : database.getValue().entrySet()) {
				JsonNode result = cell.getValue();
				double median = median(result);
				Long count = statements.get(cell.getKey());
				out.append("| ").append(database.getKey()).append(" | ").append(cell.getKey()).append(" | ")
					.append(ResultsTable.format(median)).append(' ')
					.append(result.path("primaryMetric").path("scoreUnit").asString()).append(" | ± ")
					.append(ResultsTable.format(ResultsTable.number(result.path("primaryMetric").path("scoreError"))))
					.append(" | ")
					.append((jdbc != null) ? String.format(Locale.ROOT, "%.2fx", median / median(jdbc)) : "-")
					.append(" | ").append((count != null) ? count.toString() : "?").append(" | ")
					.append(ResultsTable.bytes(ResultsTable
						.number(result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score"))))
					.append(" |\n");
			}
		}
		return out.toString();
	}

	/**
	 * The statement counts of the trials (tab-separated: workload, implementation, statements), by implementation.
	 */
	private static Map<String, Long> statements(Path file) throws IOException {
		Map<String, Long> counts = new HashMap<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file)) {
				String[] fields = line.split("\t");
				if (fields.length == 3) {
					counts.put(fields[1], Long.parseLong(fields[2]));
				}
			}
		}
		return counts;
	}

	private static double median(JsonNode result) {
		JsonNode primary = result.path("primaryMetric");
		JsonNode median = primary.path("scorePercentiles").path("50.0");
		JsonNode value = median.isMissingNode() ? primary.path("score") : median;
		return value.isNumber() ? value.doubleValue() : Double.NaN;
	}

	private static String ms(Double value) {
		return (value == null || value.isNaN()) ? "-" : String.format(Locale.ROOT, "%.2f ms", value);
	}

}
