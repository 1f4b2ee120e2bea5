package dev.association.benchmarks;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;
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
 * W3 (users -> posts -> comments -> commenter) over 100, 1,000 and 10,000 top-level users of the N = 10,000 data
 * set, per implementation and database: the cost per user should stay flat from 1,000 users up. Before timing,
 * each trial checks its graph against the JDBC baseline's at the same scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScalingBenchmark {

	/** The implementation: {@code jdbc} or {@code association} (or {@code hibernate}). */
	@Param({ "jdbc", "association" })
	public String implementation;

	/** The database: {@code postgres}, {@code mariadb} or {@code h2}. */
	@Param({ "postgres" })
	public String database;

	/** N, the number of users of the data set. */
	@Param({ "10000" })
	public int users;

	/** The number of top-level users W3 loads. */
	@Param({ "100", "1000", "10000" })
	public int rootUsers;

	private BenchmarkDatabase benchmarkDatabase;

	private BlogQueries queries;

	/**
	 * Connects, sets the implementation up and checks its graph at this scale against the JDBC baseline's.
	 * @throws SQLException when the database cannot be reached or loaded
	 */
	@Setup(Level.Trial)
	public void setUp() throws SQLException {
		Implementation chosen = Implementation.of(this.implementation);
		this.benchmarkDatabase = BenchmarkDatabase.open(DatabaseKind.of(this.database), this.users);
		this.queries = chosen.create(this.benchmarkDatabase.dataSource(), this.users);
		try (BlogQueries baseline = Implementation.JDBC.create(this.benchmarkDatabase.dataSource(), this.users)) {
			WorkloadCheck.assertSameGraph(Workload.W3, chosen,
					() -> this.queries.usersWithPostsCommentsCommenters(this.rootUsers),
					() -> baseline.usersWithPostsCommentsCommenters(this.rootUsers));
		}
	}

	/**
	 * Closes the implementation and the pool.
	 */
	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		BenchmarkDatabase.closeTrial(this.queries, this.benchmarkDatabase);
	}

	/**
	 * W3 with {@link #rootUsers} users.
	 * @return the graph
	 */
	@Benchmark
	public Object w3Scaling() {
		return this.queries.usersWithPostsCommentsCommenters(this.rootUsers);
	}

}
