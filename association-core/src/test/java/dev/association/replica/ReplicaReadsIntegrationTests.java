package dev.association.replica;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.ServerRecorder;
import dev.association.testing.ServerRecorder.Served;
import dev.association.testing.TestClusters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads from a real PostgreSQL streaming replica ({@code .ci/clusters.sh}: primary on 5434, replica on 5435): the
 * engine's data source is Spring's {@link LazyConnectionDataSourceProxy} with the replica as its read-only
 * {@code DataSource}, and every statement is recorded with the server that ran it ({@link ServerRecorder}).
 */
class ReplicaReadsIntegrationTests {

	private static final int PRIMARY_PORT = 5434;

	private static final int REPLICA_PORT = 5435;

	private static HikariDataSource primary;

	private static HikariDataSource replica;

	private final ServerRecorder recorder = new ServerRecorder();

	@BeforeAll
	static void connect() {
		TestClusters.assumeExpected();
		primary = TestClusters.pool("replica-primary", TestClusters.replicaPrimaryUrl(), "postgres", 4);
		replica = TestClusters.pool("replica", TestClusters.replicaUrl(), "postgres", 4);
		replica.setConnectionTimeout(1_000);
		JdbcTemplate jdbc = new JdbcTemplate(primary);
		jdbc.execute("DROP SCHEMA IF EXISTS public CASCADE");
		jdbc.execute("CREATE SCHEMA public");
	}

	@AfterAll
	static void close() {
		if (primary != null) {
			primary.close();
			replica.close();
		}
	}

	@BeforeEach
	void emptyTables() {
		Associations associations = engine(false);
		associations.schema().create();
		new JdbcTemplate(primary).execute("TRUNCATE users, posts, roles, user_roles RESTART IDENTITY CASCADE");
		this.recorder.clear();
	}

	private Associations engine(boolean fallback) {
		LazyConnectionDataSourceProxy routing = ReplicaDataSource.routing(primary, replica,
				TestClusters.replicaUrl(), fallback);
		return Associations.builder()
			.dataSource(this.recorder.wrap(routing))
			.readOnlyFinds(true)
			.startupReport(false)
			.models(Seeds.MODELS.toArray(Class[]::new))
			.build();
	}

	@Test
	void findsCountsAndAccessorReadsOutsideATransactionRunOnTheReplicaEachOnOneConnection() {
		Associations associations = engine(false);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		User ann = users.create(new User("ann"));
		users.many(ann, "posts").create(new Post("on the replica"));
		awaitReplica("SELECT COUNT(*) FROM posts", 1);
		this.recorder.clear();

		List<User> found = users.findAll(Find.where(Where.eq("username", "ann")).include("posts"));
		long count = users.count(Find.all());
		List<Post> posts = users.<Post>many(ann, "posts").get();

		assertThat(found).singleElement().satisfies((user) -> assertThat(user.posts).extracting((p) -> p.title)
			.containsExactly("on the replica"));
		assertThat(count).isEqualTo(1);
		assertThat(posts).extracting((p) -> p.title).containsExactly("on the replica");
		List<Served> served = this.recorder.served();
		assertThat(served).hasSize(4).allSatisfy((statement) -> {
			assertThat(statement.inRecovery()).as(statement.sql()).isTrue();
			assertThat(statement.port()).isEqualTo(REPLICA_PORT);
		});
		assertThat(served.get(0).sql()).startsWith("SELECT").contains("\"users\"");
		assertThat(served.get(1).sql()).contains("\"posts\"");
	}

	@Test
	void writesRunOnThePrimaryAndAReadWriteTransactionReadsItsOwnWritesThere() {
		Associations associations = engine(false);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		List<User> seen = transactions(associations, false).execute((status) -> {
			User bob = users.create(new User("bob"));
			users.many(bob, "posts").create(new Post("written"));
			return users.findAll(Find.where(Where.eq("username", "bob")).include("posts"));
		});

		assertThat(seen).singleElement().satisfies((user) -> assertThat(user.posts).extracting((p) -> p.title)
			.containsExactly("written"));
		assertThat(this.recorder.served()).isNotEmpty().allSatisfy((statement) -> {
			assertThat(statement.inRecovery()).as(statement.sql()).isFalse();
			assertThat(statement.port()).isEqualTo(PRIMARY_PORT);
		});
	}

	@Test
	void aReadOnlyTransactionOfTheCallerReadsFromTheReplica() {
		Associations associations = engine(false);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		users.create(new User("cid"));
		awaitReplica("SELECT COUNT(*) FROM users", 1);
		this.recorder.clear();

		Long count = transactions(associations, true)
			.execute((status) -> users.count(Find.all()) + users.findAll(Find.all()).size());

		assertThat(count).isEqualTo(2);
		assertThat(this.recorder.served()).hasSize(2).allSatisfy((statement) -> {
			assertThat(statement.inRecovery()).isTrue();
			assertThat(statement.port()).isEqualTo(REPLICA_PORT);
		});
	}

	@Test
	void aStreamOutsideATransactionReadsFromTheReplicaAndInsideAReadWriteOneFromThePrimary() {
		Associations associations = engine(false);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		for (String name : List.of("eve", "fay", "gus")) {
			users.many(users.create(new User(name)), "posts").create(new Post(name + "'s post"));
		}
		awaitReplica("SELECT COUNT(*) FROM posts", 3);
		this.recorder.clear();

		List<String> streamed;
		try (Stream<User> stream = users.stream(Find.all().include("posts").batchSize(2))) {
			streamed = stream.map((user) -> user.username + ":" + user.posts.size()).toList();
		}

		assertThat(streamed).containsExactly("eve:1", "fay:1", "gus:1");
		assertThat(this.recorder.served()).hasSize(4).allSatisfy((statement) -> {
			assertThat(statement.inRecovery()).as(statement.sql()).isTrue();
			assertThat(statement.port()).isEqualTo(REPLICA_PORT);
		});
		this.recorder.clear();

		Long seen = transactions(associations, false).execute((status) -> {
			users.create(new User("hal"));
			try (Stream<User> stream = users.stream(Find.all())) {
				return stream.count();
			}
		});

		assertThat(seen).isEqualTo(4);
		assertThat(this.recorder.served()).isNotEmpty().allSatisfy((statement) -> {
			assertThat(statement.inRecovery()).as(statement.sql()).isFalse();
			assertThat(statement.port()).isEqualTo(PRIMARY_PORT);
		});
	}

	@Test
	void aReplicaThatIsDownFailsTheFindNamingTheReplicaOrFallsBackToThePrimary() {
		Associations strict = engine(false);
		Associations lenient = engine(true);
		strict.<User, Long>repository(User.class).create(new User("dan"));
		TestClusters.script("stop-replica");
		replica.getHikariPoolMXBean().softEvictConnections();
		try {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> strict.<User, Long>repository(User.class).findAll(Find.all()))
				.withMessageStartingWith("find User; ")
				.withMessageContaining("The read replica " + TestClusters.replicaUrl() + " gave no connection (")
				.withMessageContaining("association.replica.fallback=true");
			this.recorder.clear();

			List<User> found = lenient.<User, Long>repository(User.class).findAll(Find.all());

			assertThat(found).extracting((u) -> u.username).containsExactly("dan");
			assertThat(this.recorder.served()).singleElement().satisfies((statement) -> {
				assertThat(statement.inRecovery()).isFalse();
				assertThat(statement.port()).isEqualTo(PRIMARY_PORT);
			});
		}
		finally {
			TestClusters.script("start", "postgres");
		}
		awaitReplica("SELECT COUNT(*) FROM users", 1);
	}

	@Test
	void everyRowCommittedOnThePrimaryBecomesVisibleOnTheReplica() {
		JdbcTemplate onPrimary = new JdbcTemplate(primary);
		for (int i = 1; i <= 20; i++) {
			onPrimary.update("INSERT INTO roles (name) VALUES (?)", "replicated" + i);
			awaitReplica("SELECT COUNT(*) FROM roles", i);
		}
	}

	/**
	 * Transactions on the engine's own data source, as {@code @Transactional} on the application's would be.
	 */
	private static TransactionTemplate transactions(Associations associations, boolean readOnly) {
		DataSource engineSource = ((JdbcTemplate) Engine.of(associations).context().jdbc()).getDataSource();
		TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(engineSource));
		template.setReadOnly(readOnly);
		return template;
	}

	private static void awaitReplica(String countQuery, long expected) {
		JdbcTemplate onReplica = new JdbcTemplate(replica);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			Long count;
			try {
				count = onReplica.queryForObject(countQuery, Long.class);
			}
			catch (DataAccessException ex) {
				count = null;
			}
			if (count != null && count >= expected) {
				return;
			}
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError("The replica " + TestClusters.replicaUrl() + " did not catch up in 10 s ("
						+ countQuery + " = " + count + ", expected " + expected + ")");
			}
			Thread.onSpinWait();
		}
	}

}
