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
 * Keyset windows against OFFSET (the window after row 9,000 of 10,000 should cost what the first window costs), and a
 * path condition against the hand-written {@code EXISTS} it stands for. {@code QuerySurfaceQueriesTests} checks that
 * each pair returns the same rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuerySurfaceBenchmark {

	/** The database: {@code postgres} (loopback, data reused) or {@code h2} (in memory, quick mode). */
	@Param({ "postgres" })
	public String database;

	/** N, the number of users of the data set. */
	@Param({ "10000" })
	public int users;

	private BenchmarkDatabase benchmarkDatabase;

	private QuerySurfaceQueries queries;

	/**
	 * Connects, generating the data set when the database does not hold it.
	 * @throws SQLException when the database cannot be reached or loaded
	 */
	@Setup(Level.Trial)
	public void setUp() throws SQLException {
		this.benchmarkDatabase = BenchmarkDatabase.open(DatabaseKind.of(this.database), this.users);
		this.queries = new QuerySurfaceQueries(this.benchmarkDatabase.dataSource(), this.users);
	}

	/**
	 * Closes the pool.
	 */
	@TearDown(Level.Trial)
	public void tearDown() {
		if (this.benchmarkDatabase != null) {
			this.benchmarkDatabase.close();
		}
	}

	/**
	 * The first window of 100 users.
	 * @return the window
	 */
	@Benchmark
	public Object keysetFirstWindow() {
		return this.queries.firstKeysetWindow();
	}

	/**
	 * The window of 100 users after row 9,000, by keyset.
	 * @return the window
	 */
	@Benchmark
	public Object keysetDeepWindow() {
		return this.queries.deepKeysetWindow();
	}

	/**
	 * The window of 100 users after row 9,000, by OFFSET.
	 * @return the window
	 */
	@Benchmark
	public Object offsetDeepWindow() {
		return this.queries.deepOffsetWindow();
	}

	/**
	 * Users with a post titled like a pattern, with their profiles, by a path condition.
	 * @return the users
	 */
	@Benchmark
	public Object pathConditionAssociation() {
		return this.queries.usersByPostTitle();
	}

	/**
	 * The same users by hand-written SQL.
	 * @return the users
	 */
	@Benchmark
	public Object pathConditionJdbc() {
		return this.queries.usersByPostTitleByHand();
	}

}
