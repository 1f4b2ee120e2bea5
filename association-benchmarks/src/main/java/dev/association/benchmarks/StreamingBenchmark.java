package dev.association.benchmarks;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import dev.association.benchmarks.association.AssociationBlogQueries;
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
 * Every user of the data set with its posts (N users, 10 N posts), read by {@code stream(find)} per batch of users
 * and by one {@code findAll}: the time per row of streaming against loading everything at once, and (with
 * {@code -prof gc}) the allocation of each. Both count the rows they read, so the two results are compared before
 * timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StreamingBenchmark {

	/** The database: {@code postgres}, {@code mariadb} or {@code h2}. */
	@Param({ "postgres" })
	public String database;

	/** N, the number of users of the data set. */
	@Param({ "10000" })
	public int users;

	/** Users per batch of the stream. */
	@Param({ "1000" })
	public int batchSize;

	private BenchmarkDatabase benchmarkDatabase;

	private AssociationBlogQueries queries;

	/**
	 * Connects and checks that both ways read the same number of rows.
	 * @throws SQLException when the database cannot be reached or loaded
	 */
	@Setup(Level.Trial)
	public void setUp() throws SQLException {
		this.benchmarkDatabase = BenchmarkDatabase.open(DatabaseKind.of(this.database), this.users);
		this.queries = new AssociationBlogQueries(this.benchmarkDatabase.dataSource(),
				Workload.pointLookupUserId(this.users));
		long streamed = this.queries.streamUsersWithPosts(this.batchSize);
		long loaded = this.queries.findAllUsersWithPosts();
		if (streamed != loaded || loaded != 11L * this.users) {
			throw new IllegalStateException("stream read " + streamed + " rows, findAll " + loaded + ", expected "
					+ 11L * this.users);
		}
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
	 * Every user with its posts through {@code stream}.
	 * @return the rows read
	 */
	@Benchmark
	public long stream() {
		return this.queries.streamUsersWithPosts(this.batchSize);
	}

	/**
	 * Every user with its posts through {@code findAll}.
	 * @return the rows read
	 */
	@Benchmark
	public long findAll() {
		return this.queries.findAllUsersWithPosts();
	}

}
