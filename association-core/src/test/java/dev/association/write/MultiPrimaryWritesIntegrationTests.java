package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.Associations;
import dev.association.WriteException;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Role;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.RetryLog;
import dev.association.testing.TestClusters;
import dev.association.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes on a 3-node Galera cluster ({@code .ci/clusters.sh}, nodes 127.0.0.1:3307-3309): every node takes writes,
 * and two transactions that change the same rows on two nodes at once conflict at certification, which the losing
 * node reports as a deadlock (1213, SQLState 40001) after rolling its transaction back.
 */
class MultiPrimaryWritesIntegrationTests {

	private static final int ROLES = 30;

	@BeforeAll
	static void clusterIsExpected() {
		TestClusters.assumeExpected();
	}

	/**
	 * Four threads on node 1 and four on node 2 add the same (user, role) pairs in the same order, each add in a
	 * transaction of its own: the pairs collide at certification, the loser is retried by the engine, and its second
	 * attempt finds the pair there. Every add that returned is a row on every node, exactly once.
	 */
	@Test
	void twoNodesWritingTheSameRowsLoseNoCommittedWriteAndTheConflictsAreRetried() throws Exception {
		HikariDataSource node1 = TestClusters.galeraNode(1, 4);
		HikariDataSource node2 = TestClusters.galeraNode(2, 4);
		try (RetryLog retries = new RetryLog()) {
			Associations first = engine(node1, true);
			Associations second = engine(node2, false);
			List<User> users = new ArrayList<>();
			List<Role> roles = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				users.add(first.<User, Long>repository(User.class).create(new User("shared" + i)));
			}
			for (int i = 0; i < ROLES; i++) {
				roles.add(first.<Role, Long>repository(Role.class).create(new Role("role" + i)));
			}
			awaitRows(node2, "SELECT COUNT(*) FROM roles", ROLES);
			Map<String, Boolean> committed = new ConcurrentHashMap<>();
			List<Throwable> failures = new ArrayList<>();
			CyclicBarrier start = new CyclicBarrier(8);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<?>> threads = new ArrayList<>();
				for (int thread = 0; thread < 8; thread++) {
					Associations engine = (thread < 4) ? first : second;
					User user = users.get(thread % 4);
					threads.add(pool.submit(() -> {
						start.await();
						AssociationRepository<User, Long> repository = engine.repository(User.class);
						for (Role role : roles) {
							try {
								repository.many(user, "roles").add(role);
								committed.put(user.id + "-" + role.id, true);
							}
							catch (WriteException ex) {
								synchronized (failures) {
									failures.add(ex);
								}
							}
						}
						return null;
					}));
				}
				for (Future<?> thread : threads) {
					thread.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			System.out.println("association galera: 2 nodes x 4 threads added the same " + (4 * ROLES) + " pairs: "
					+ retries.retries().size() + " retries after certification conflicts, " + failures.size()
					+ " adds refused after every retry");
			assertThat(retries.retries()).isNotEmpty()
				.allSatisfy((message) -> assertThat(message).startsWith("Retrying add to User.roles (belongsToMany Role)")
					.contains("Deadlock"));
			assertThat(failures).allSatisfy((failure) -> assertThat(failure).hasMessageContaining("retryable"));
			for (HikariDataSource node : List.of(node1, node2)) {
				JdbcTemplate jdbc = new JdbcTemplate(node);
				awaitRows(node, "SELECT COUNT(*) FROM user_roles", committed.size());
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_roles", Long.class))
					.isEqualTo(committed.size());
				for (String pair : committed.keySet()) {
					String[] keys = pair.split("-");
					assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_roles WHERE user_id = ? AND role_id = ?",
							Long.class, Long.valueOf(keys[0]), Long.valueOf(keys[1]))).as(pair).isEqualTo(1L);
				}
			}
			assertThat(committed).hasSize(4 * ROLES);
		}
		finally {
			node1.close();
			node2.close();
		}
	}

	static Associations engine(javax.sql.DataSource dataSource, boolean create) {
		Associations associations = Associations.builder()
			.dataSource(dataSource)
			.models(Seeds.MODELS.toArray(Class[]::new))
			.startupReport(false)
			.writeRetries(10)
			.build();
		if (create) {
			TestDatabases.get("galera").reset();
			associations.schema().create();
		}
		return associations;
	}

	static void awaitRows(javax.sql.DataSource node, String countQuery, long expected) {
		JdbcTemplate jdbc = new JdbcTemplate(node);
		long deadline = System.nanoTime() + 30_000_000_000L;
		long count;
		while ((count = jdbc.queryForObject(countQuery, Long.class)) < expected) {
			if (System.nanoTime() - deadline > 0) {
				throw new AssertionError(countQuery + " = " + count + " on " + node + ", expected " + expected);
			}
			Thread.onSpinWait();
		}
	}

	static long since(AtomicLong nanos) {
		return (System.nanoTime() - nanos.get()) / 1_000_000;
	}

}
