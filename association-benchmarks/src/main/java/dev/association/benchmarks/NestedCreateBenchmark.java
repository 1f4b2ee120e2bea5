package dev.association.benchmarks;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.association.benchmarks.data.DatabaseKind;
import dev.association.benchmarks.model.User;
import dev.association.benchmarks.writes.NestedCreateWorkload;
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
 * Nested create: 1,000 users, each with a profile, 5 posts and 2 existing roles, inserted with every key read back,
 * by {@code association}'s {@code bulkCreate(users, include)} ({@code association}) against hand-written JDBC batches
 * ({@code jdbc}) in the same run. Each operation starts from emptied tables and a new object graph, prepared
 * outside the timing; the goal is association / JDBC at most 1.5.
 * <p>
 * {@code java -jar target/benchmarks.jar NestedCreateBenchmark -p database=postgres}; quick mode
 * {@code -p database=h2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 10)
@Measurement(iterations = 20)
public class NestedCreateBenchmark {

	/** The database: {@code postgres} (schema {@code nested_create}) or {@code h2} (in memory). */
	@Param({ "postgres" })
	public String database;

	/** The number of users per operation. */
	@Param({ "1000" })
	public int users;

	private NestedCreateWorkload workload;

	private List<User> graph;

	/**
	 * Connects and creates the tables.
	 * @throws SQLException when the database cannot be reached
	 */
	@Setup(Level.Trial)
	public void connect() throws SQLException {
		this.workload = NestedCreateWorkload.open(DatabaseKind.of(this.database));
	}

	/**
	 * Empties the tables and builds a new graph, outside the timing.
	 * @throws SQLException on a database error
	 */
	@Setup(Level.Invocation)
	public void prepare() throws SQLException {
		this.workload.reset();
		this.graph = this.workload.graph(this.users);
	}

	/**
	 * Closes the pool.
	 */
	@TearDown(Level.Trial)
	public void close() {
		this.workload.close();
	}

	/**
	 * The graph inserted by {@code bulkCreate(users, Include.of("profile"), Include.of("posts"), Include.of("roles"))}.
	 * @return the users
	 */
	@Benchmark
	public Object association() {
		return this.workload.createWithAssociation(this.graph);
	}

	/**
	 * The graph inserted by hand-written JDBC batches.
	 * @return the users
	 * @throws SQLException on a database error
	 */
	@Benchmark
	public Object jdbc() throws SQLException {
		return this.workload.createWithJdbc(this.graph);
	}

}
