package dev.association.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.association.benchmarks.data.StatementCountingDataSource;
import dev.association.benchmarks.graph.CanonicalGraph;
import dev.association.benchmarks.graph.GraphDifference;
import dev.association.benchmarks.graph.Shape;

/**
 * What runs before timing: the correctness check against the JDBC baseline (a fast wrong answer must not win), and
 * the count of statements one operation sends.
 */
public final class WorkloadCheck {

	private WorkloadCheck() {
	}

	/**
	 * Checks that an implementation's result of a workload is the baseline's graph: same rows, same values.
	 * @param workload the workload
	 * @param implementation the implementation under test
	 * @param queries its queries
	 * @param baseline the JDBC baseline's queries
	 * @throws GraphMismatchException when the graphs differ
	 */
	public static void assertSameGraph(Workload workload, Implementation implementation, BlogQueries queries,
			BlogQueries baseline) {
		assertSameGraph(workload, implementation, () -> workload.run(queries), () -> workload.run(baseline));
	}

	/**
	 * Checks that an implementation's result of a workload's shape is the baseline's graph, both given as calls
	 * (a workload at another scale).
	 * @param workload the workload whose shape is compared
	 * @param implementation the implementation under test
	 * @param queries the implementation's call
	 * @param baseline the JDBC baseline's call
	 * @throws GraphMismatchException when the graphs differ
	 */
	public static void assertSameGraph(Workload workload, Implementation implementation, Supplier<Object> queries,
			Supplier<Object> baseline) {
		assertSameGraph(workload.name(), workload.shape(), implementation, queries, baseline);
	}

	/**
	 * Checks that an implementation's result is the baseline's graph for a workload known by name and shape (one
	 * outside {@link Workload}, such as the multilevel W8).
	 * @param workload the workload's name, for the message
	 * @param shape the shape of one result row
	 * @param implementation the implementation under test
	 * @param queries the implementation's call
	 * @param baseline the JDBC baseline's call
	 * @throws GraphMismatchException when the graphs differ
	 */
	public static void assertSameGraph(String workload, Shape shape, Implementation implementation,
			Supplier<Object> queries, Supplier<Object> baseline) {
		Object expected = new CanonicalGraph().of(baseline.get(), shape);
		Object actual = new CanonicalGraph(implementation.unwrap()).of(queries.get(), shape);
		Optional<String> difference = GraphDifference.between(expected, actual);
		if (difference.isPresent()) {
			throw new GraphMismatchException(workload + " with " + implementation.parameterName()
					+ " does not return the JDBC baseline's graph: " + difference.get());
		}
	}

	/**
	 * The statements one operation sends.
	 * @param workload the workload
	 * @param queries the implementation's queries (on the counting data source)
	 * @param dataSource the counting data source
	 * @return statements per operation
	 */
	public static long countStatements(Workload workload, BlogQueries queries, StatementCountingDataSource dataSource) {
		return countStatements(() -> workload.run(queries), dataSource);
	}

	/**
	 * The statements one operation sends.
	 * @param operation the operation (on the counting data source)
	 * @param dataSource the counting data source
	 * @return statements per operation
	 */
	public static long countStatements(Runnable operation, StatementCountingDataSource dataSource) {
		dataSource.reset();
		try {
			operation.run();
			return dataSource.statements();
		}
		finally {
			dataSource.stopCapturing();
		}
	}

	/**
	 * Appends a trial's statement count to the file named by the system property {@code bench.statements}
	 * (tab-separated: workload, implementation, statements), which {@code run.sh} turns into its tables; nothing
	 * when the property is not set.
	 * @param workload the workload's name
	 * @param implementation the implementation
	 * @param statements statements per operation
	 * @throws IOException when the file cannot be written
	 */
	public static void recordStatements(String workload, Implementation implementation, long statements)
			throws IOException {
		String file = System.getProperty("bench.statements");
		if (file == null || file.isBlank()) {
			return;
		}
		String line = String.join("\t", List.of(workload, implementation.parameterName(), Long.toString(statements)))
				+ System.lineSeparator();
		Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/**
	 * An implementation's graph differs from the baseline's: the run fails.
	 */
	public static final class GraphMismatchException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		GraphMismatchException(String message) {
			super(message);
		}

	}

}
