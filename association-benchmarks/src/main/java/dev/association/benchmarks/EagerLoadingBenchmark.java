package dev.association.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The eager-loading workloads W1-W7 of {@code shared/bench/README.md}, each with every implementation in the same
 * run. Before timing, every trial checks its implementation's graph against the JDBC baseline's (a difference fails
 * the trial, and with {@code -foe true} the run) and counts the statements of one operation; the counts go to the
 * file named by the system property {@code bench.statements} (tab-separated: workload, implementation, statements);
 * {@code -Dbench.sql=true} prints their SQL.
 * <p>
 * Quick mode: {@code -p database=h2 -p users=1000} (an in-memory database generated at each trial set-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EagerLoadingBenchmark {

	/** The implementation: {@code jdbc}, {@code association} or {@code hibernate}. */
	@Param({ "jdbc", "association", "hibernate" })
	public String implementation;

	/** The database: {@code postgres} or {@code mariadb} (loopback, data reused), or {@code h2} (in memory). */
	@Param({ "postgres" })
	public String database;

	/** N, the number of users of the data set. */
	@Param({ "10000" })
	public int users;

	private BenchmarkDatabase benchmarkDatabase;

	private BlogQueries queries;

	/**
	 * Connects (generating the data set when the database does not hold it), sets the implementation up, checks its
	 * graph against the JDBC baseline's and counts its statements.
	 * @param params the benchmark being run
	 * @throws SQLException when the database cannot be reached or loaded
	 * @throws IOException when the statement counts cannot be written
	 */
	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws SQLException, IOException {
		Workload workload = workloadOf(params.getBenchmark());
		Implementation chosen = Implementation.of(this.implementation);
		this.benchmarkDatabase = BenchmarkDatabase.open(DatabaseKind.of(this.database), this.users);
		if (this.benchmarkDatabase.generated()) {
			System.out.printf("%nGenerated the data set (N = %d) in %d ms%n", this.users,
					this.benchmarkDatabase.loadMillis());
		}
		this.queries = chosen.create(this.benchmarkDatabase.dataSource(), this.users);
		try (BlogQueries baseline = Implementation.JDBC.create(this.benchmarkDatabase.dataSource(), this.users)) {
			WorkloadCheck.assertSameGraph(workload, chosen, this.queries, baseline);
		}
		long statements = WorkloadCheck.countStatements(workload, this.queries, this.benchmarkDatabase.dataSource());
		System.out.printf("%n%s %s: graph equals the JDBC baseline's; %d statements per operation (floor %d)%n",
				workload, chosen.parameterName(), statements, workload.expectedStatements());
		if (Boolean.getBoolean("bench.sql")) {
			this.benchmarkDatabase.dataSource().sql().forEach((sql) -> System.out.println("  " + sql));
		}
		WorkloadCheck.recordStatements(workload.name(), chosen, statements);
	}

	/**
	 * Closes the implementation and the pool.
	 */
	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		BenchmarkDatabase.closeTrial(this.queries, this.benchmarkDatabase);
	}

	/**
	 * W1: 1,000 users with profile.
	 * @return the graph
	 */
	@Benchmark
	public Object w1UsersWithProfile() {
		return this.queries.usersWithProfile();
	}

	/**
	 * W2: 1,000 users with all their posts.
	 * @return the graph
	 */
	@Benchmark
	public Object w2UsersWithPosts() {
		return this.queries.usersWithPosts();
	}

	/**
	 * W3: 200 users, posts, comments, commenter.
	 * @return the graph
	 */
	@Benchmark
	public Object w3UsersPostsCommentsCommenter() {
		return this.queries.usersWithPostsCommentsCommenters();
	}

	/**
	 * W4: 1,000 users with roles.
	 * @return the graph
	 */
	@Benchmark
	public Object w4UsersWithRoles() {
		return this.queries.usersWithRoles();
	}

	/**
	 * W5: 1,000 posts with author, tags and comments.
	 * @return the graph
	 */
	@Benchmark
	public Object w5PostsWithAuthorTagsComments() {
		return this.queries.postsWithAuthorTagsComments();
	}

	/**
	 * W6: 1,000 users with their 3 latest posts.
	 * @return the graph
	 */
	@Benchmark
	public Object w6UsersWithLatestPosts() {
		return this.queries.usersWithLatestPosts();
	}

	/**
	 * W7: one user by primary key with profile, posts and roles.
	 * @return the graph
	 */
	@Benchmark
	public Object w7UserByPrimaryKey() {
		return this.queries.userByPrimaryKey();
	}

	static Workload workloadOf(String benchmark) {
		String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
		return Workload.valueOf(method.substring(0, 2).toUpperCase(Locale.ROOT));
	}

}
