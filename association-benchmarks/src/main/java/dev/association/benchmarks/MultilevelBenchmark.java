package dev.association.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;
import dev.association.benchmarks.multilevel.Multilevel;
import dev.association.benchmarks.multilevel.MultilevelQueries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The multilevel workload W8 ({@link Multilevel}): 50 posts with their comments, the comments' votes with each
 * vote's user, and the posts' tags, per implementation and database. Like {@link EagerLoadingBenchmark}, every trial
 * first checks its graph against the JDBC floor's (a difference fails the trial) and counts the statements of one
 * operation, written to the file named by {@code bench.statements}; {@code -Dbench.sql=true} prints their SQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MultilevelBenchmark {

	/** The implementation: {@code jdbc}, {@code association} or {@code hibernate}. */
	@Param({ "jdbc", "association", "hibernate" })
	public String implementation;

	/** The database: {@code postgres} (loopback, data reused) or {@code h2} (in memory, generated per trial). */
	@Param({ "postgres", "h2" })
	public String database;

	private BenchmarkDatabase benchmarkDatabase;

	private MultilevelQueries queries;

	/**
	 * Connects (generating the data set when the database does not hold it), sets the implementation up, checks its
	 * graph against the JDBC floor's and counts its statements.
	 * @throws SQLException when the database cannot be reached or loaded
	 * @throws IOException when the statement counts cannot be written
	 */
	@Setup(Level.Trial)
	public void setUp() throws SQLException, IOException {
		Implementation chosen = Implementation.of(this.implementation);
		this.benchmarkDatabase = BenchmarkDatabase.openMultilevel(DatabaseKind.of(this.database));
		if (this.benchmarkDatabase.generated()) {
			System.out.printf("%nGenerated the multilevel data set in %d ms%n", this.benchmarkDatabase.loadMillis());
		}
		this.queries = Multilevel.create(chosen, this.benchmarkDatabase.dataSource());
		try (MultilevelQueries floor = Multilevel.create(Implementation.JDBC, this.benchmarkDatabase.dataSource())) {
			WorkloadCheck.assertSameGraph(Multilevel.WORKLOAD, Multilevel.SHAPE, chosen,
					this.queries::postsWithCommentsVotesTags, floor::postsWithCommentsVotesTags);
		}
		long statements = WorkloadCheck.countStatements(this.queries::postsWithCommentsVotesTags,
				this.benchmarkDatabase.dataSource());
		System.out.printf("%n%s %s on %s: graph equals the JDBC floor's; %d statements per operation (floor %d)%n",
				Multilevel.WORKLOAD, chosen.parameterName(), this.database, statements, Multilevel.FLOOR_STATEMENTS);
		if (Boolean.getBoolean("bench.sql")) {
			this.benchmarkDatabase.dataSource().sql().forEach((sql) -> System.out.println("  " + sql));
		}
		WorkloadCheck.recordStatements(Multilevel.WORKLOAD, chosen, statements);
	}

	/**
	 * Closes the implementation and the pool.
	 */
	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		BenchmarkDatabase.closeTrial(this.queries, this.benchmarkDatabase);
	}

	/**
	 * W8: 50 posts, their comments, the comments' votes with their users, the posts' tags.
	 * @return the graph
	 */
	@Benchmark
	public Object w8PostsCommentsVotesTags() {
		return this.queries.postsWithCommentsVotesTags();
	}

}
