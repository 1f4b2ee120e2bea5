package dev.association.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.association.benchmarks.Implementation;
import dev.association.benchmarks.Workload;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result (with {@code -prof gc}) and the statement counts of the trials into the markdown tables of
 * {@code RESULTS.md}: median, error, ratio to JDBC, statements and bytes per operation, and whether
 * {@code association} meets its goals: at most 1.10x the JDBC floor's time at steady state (1.30x for a cold run,
 * after 50 warm-up calls), at most 1.30x its allocation, the floor's statements. Usage:
 * {@code ResultsTable <jmh.json> <statements.tsv> [steady|cold]}; prints to standard output.
 */
public final class ResultsTable {

	private static final String GC_NORM = "gc.alloc.rate.norm";

	/** The goal for the time ratio to JDBC at steady state. */
	static final double STEADY_TIME_GOAL = 1.10;

	/** The goal for the time ratio to JDBC after 50 warm-up calls. */
	static final double COLD_TIME_GOAL = 1.30;

	/** The goal for the allocation ratio to JDBC. */
	static final double ALLOCATION_GOAL = 1.30;

	private ResultsTable() {
	}

	/**
	 * Prints the tables.
	 * @param args the JMH JSON file and the statements file
	 * @throws IOException when a file cannot be read
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 2 && args.length != 3) {
			System.err.println("Usage: ResultsTable <jmh-result.json> <statements.tsv> [steady|cold]");
			System.exit(2);
		}
		Map<Workload, Map<Implementation, Row>> rows = read(Path.of(args[0]), Path.of(args[1]));
		boolean cold = args.length == 3 && args[2].equals("cold");
		System.out.print(render(rows, cold ? COLD_TIME_GOAL : STEADY_TIME_GOAL));
	}

	static Map<Workload, Map<Implementation, Row>> read(Path json, Path statements) throws IOException {
		Map<Workload, Map<Implementation, Row>> rows = new EnumMap<>(Workload.class);
		JsonNode results = JsonMapper.builder().build().readTree(json.toFile());
		for (JsonNode result : results) {
			String method = result.path("benchmark").asString();
			Workload workload = Workload.valueOf(
					method.substring(method.lastIndexOf('.') + 1, method.lastIndexOf('.') + 3).toUpperCase(Locale.ROOT));
			Implementation implementation = Implementation.of(result.path("params").path("implementation").asString());
			JsonNode primary = result.path("primaryMetric");
			JsonNode median = primary.path("scorePercentiles").path("50.0");
			JsonNode allocated = result.path("secondaryMetrics").path(GC_NORM).path("score");
			rows.computeIfAbsent(workload, (w) -> new EnumMap<>(Implementation.class))
				.put(implementation,
						new Row(median.isMissingNode() ? number(primary.path("score")) : number(median),
								number(primary.path("scoreError")), primary.path("scoreUnit").asString(),
								number(allocated), -1));
		}
		if (Files.exists(statements)) {
			for (String line : Files.readAllLines(statements)) {
				String[] fields = line.split("\t");
				if (fields.length == 3) {
					Map<Implementation, Row> byImplementation = rows.get(Workload.valueOf(fields[0]));
					Implementation implementation = Implementation.of(fields[1]);
					if (byImplementation != null && byImplementation.containsKey(implementation)) {
						byImplementation.put(implementation,
								byImplementation.get(implementation).withStatements(Long.parseLong(fields[2])));
					}
				}
			}
		}
		return rows;
	}

	static double number(JsonNode node) {
		// JMH writes "NaN" as a string, for example the error of a single iteration
		return node.isNumber() ? node.doubleValue() : Double.NaN;
	}

	static String render(Map<Workload, Map<Implementation, Row>> rows) {
		return render(rows, STEADY_TIME_GOAL);
	}

	static String render(Map<Workload, Map<Implementation, Row>> rows, double timeGoal) {
		StringBuilder out = new StringBuilder();
		out.append("| Workload | Implementation | Median | Error (99.9%) | Ratio to JDBC | Statements/op (floor) | Allocated/op |\n");
		out.append("|---|---|---:|---:|---:|---:|---:|\n");
		for (Map.Entry<Workload, Map<Implementation, Row>> entry : rows.entrySet()) {
			Workload workload = entry.getKey();
			Row jdbc = entry.getValue().get(Implementation.JDBC);
			for (Map.Entry<Implementation, Row> cell : entry.getValue().entrySet()) {
				Row row = cell.getValue();
				out.append("| ")
					.append(workload)
					.append(' ')
					.append(workload.description())
					.append(" | ")
					.append(cell.getKey().parameterName())
					.append(" | ")
					.append(format(row.median()))
					.append(' ')
					.append(row.unit())
					.append(" | ± ")
					.append(format(row.error()))
					.append(" | ")
					.append((jdbc != null) ? String.format(Locale.ROOT, "%.2fx", row.median() / jdbc.median()) : "-")
					.append(" | ")
					.append((row.statements() >= 0) ? Long.toString(row.statements()) : "?")
					.append(" (")
					.append(workload.expectedStatements())
					.append(") | ")
					.append(bytes(row.allocated()))
					.append(" |\n");
			}
		}
		out.append('\n').append(goals(rows, timeGoal));
		out.append(paranoidGoals(rows));
		return out.toString();
	}

	/**
	 * The cost of soft delete, when the run measured {@code association_paranoid} beside {@code association}.
	 */
	private static String paranoidGoals(Map<Workload, Map<Implementation, Row>> rows) {
		List<String> lines = new ArrayList<>();
		for (Map.Entry<Workload, Map<Implementation, Row>> entry : rows.entrySet()) {
			Row association = entry.getValue().get(Implementation.ASSOCIATION);
			Row paranoid = entry.getValue().get(Implementation.ASSOCIATION_PARANOID);
			if (association != null && paranoid != null) {
				String statements = (paranoid.statements() == association.statements()) ? "yes"
						: "no (" + paranoid.statements() + ")";
				lines.add("| " + entry.getKey() + " | " + mark(paranoid.median() / association.median(), 1.10, true)
						+ " | " + statements + " |");
			}
		}
		if (lines.isEmpty()) {
			return "";
		}
		return "\n| Workload | association_paranoid / association (goal <= 1.10x) | same statements |\n|---|---:|:---:|\n"
				+ String.join("\n", lines) + "\n";
	}

	private static String goals(Map<Workload, Map<Implementation, Row>> rows, double timeGoal) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "| Workload | association / JDBC time (goal <= %.2fx) "
				+ "| association / JDBC allocated (goal <= %.2fx) | association / Hibernate (goal < 1) "
				+ "| statements = floor |", timeGoal, ALLOCATION_GOAL));
		lines.add("|---|---:|---:|---:|:---:|");
		Map<Workload, String> missing = new LinkedHashMap<>();
		for (Map.Entry<Workload, Map<Implementation, Row>> entry : rows.entrySet()) {
			Map<Implementation, Row> byImplementation = entry.getValue();
			Row association = byImplementation.get(Implementation.ASSOCIATION);
			Row jdbc = byImplementation.get(Implementation.JDBC);
			Row hibernate = byImplementation.get(Implementation.HIBERNATE);
			if (association == null) {
				missing.put(entry.getKey(), "not measured");
				continue;
			}
			String toJdbc = (jdbc != null) ? mark(association.median() / jdbc.median(), timeGoal, true) : "-";
			String allocated = (jdbc != null && !Double.isNaN(association.allocated()) && !Double.isNaN(jdbc.allocated()))
					? mark(association.allocated() / jdbc.allocated(), ALLOCATION_GOAL, true) : "-";
			String toHibernate = (hibernate != null) ? mark(association.median() / hibernate.median(), 1.0, false)
					: "-";
			String statements = (association.statements() == entry.getKey().expectedStatements()) ? "yes"
					: "no (" + association.statements() + ")";
			lines.add("| " + entry.getKey() + " | " + toJdbc + " | " + allocated + " | " + toHibernate + " | "
					+ statements + " |");
		}
		if (!missing.isEmpty()) {
			lines.add("| " + String.join(", ", missing.keySet().stream().map(Enum::name).toList())
					+ " | association not measured in this run | | | |");
		}
		return String.join("\n", lines) + "\n";
	}

	private static String mark(double ratio, double goal, boolean inclusive) {
		boolean met = inclusive ? ratio <= goal : ratio < goal;
		return String.format(Locale.ROOT, "%.2fx %s", ratio, met ? "(met)" : "(missed)");
	}

	static String format(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return (value >= 100) ? String.format(Locale.ROOT, "%.1f", value)
				: (value >= 1) ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.3f", value);
	}

	static String bytes(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		if (value >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", value / (1024 * 1024));
		}
		return String.format(Locale.ROOT, "%.0f KB", value / 1024);
	}

	record Row(double median, double error, String unit, double allocated, long statements) {

		Row withStatements(long count) {
			return new Row(this.median, this.error, this.unit, this.allocated, count);
		}

	}

}
