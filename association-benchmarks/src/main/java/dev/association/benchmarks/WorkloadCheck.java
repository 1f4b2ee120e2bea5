package dev.association.benchmarks;

import java.util.Optional;
import java.util.function.Supplier;

import dev.association.benchmarks.data.StatementCountingDataSource;
import dev.association.benchmarks.graph.CanonicalGraph;
import dev.association.benchmarks.graph.GraphDifference;

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
		Object expected = new CanonicalGraph().of(baseline.get(), workload.shape());
		Object actual = new CanonicalGraph(implementation.unwrap()).of(queries.get(), workload.shape());
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
		dataSource.reset();
		try {
			workload.run(queries);
			return dataSource.statements();
		}
		finally {
			dataSource.stopCapturing();
		}
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
