package dev.association.write;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.Associations;
import dev.association.WriteException;
import dev.association.repository.AssociationRepository;
import dev.association.seed.User;
import dev.association.testing.RetryLog;
import dev.association.testing.TestClusters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the Galera node that a failover URL connects to while eight threads write through it: MariaDB Connector/J
 * reconnects to the next node and the application goes on there. The writes in flight when the node died fail with
 * the lost connection and are not run again (they may have committed: running them again could write twice); no
 * write that returned is missing afterwards on any node, the killed one included once it has rejoined, and none is
 * there twice.
 */
class GaleraFailoverIntegrationTests {

	private static final int THREADS = 8;

	/** Writes committed before node 1 is killed, and writes started after it and committed, before the run ends. */
	private static final int COMMITS_EACH_SIDE = 100;

	@BeforeAll
	static void clusterIsExpected() {
		TestClusters.assumeExpected();
	}

	@Test
	void aNodeKilledMidRunLosesNoCommittedRowAndTheApplicationGoesOnOnTheOtherNodes() throws Exception {
		HikariDataSource cluster = TestClusters.pool("galera-failover", TestClusters.galeraUrl(), "root", THREADS);
		HikariDataSource node2 = TestClusters.galeraNode(2, 2);
		HikariDataSource node3 = TestClusters.galeraNode(3, 2);
		try (RetryLog retries = new RetryLog()) {
			Associations associations = MultiPrimaryWritesIntegrationTests.engine(cluster, true);
			assertThat(port(cluster)).isEqualTo(3307);
			AssociationRepository<User, Long> users = associations.repository(User.class);
			List<Write> writes = Collections.synchronizedList(new ArrayList<>());
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicBoolean killed = new AtomicBoolean(false);
			CountDownLatch committedBeforeKill = new CountDownLatch(COMMITS_EACH_SIDE);
			CountDownLatch committedAfterKill = new CountDownLatch(COMMITS_EACH_SIDE);
			CyclicBarrier start = new CyclicBarrier(THREADS + 1);
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			try {
				List<Future<?>> threads = new ArrayList<>();
				for (int thread = 0; thread < THREADS; thread++) {
					int index = thread;
					threads.add(pool.submit(() -> {
						start.await();
						for (int i = 0; running.get(); i++) {
							String name = "w" + index + "-" + i;
							boolean startedAfterKill = killed.get();
							try {
								users.create(new User(name));
								writes.add(new Write(name, startedAfterKill, !killed.get(), null));
								(startedAfterKill ? committedAfterKill : committedBeforeKill).countDown();
							}
							catch (RuntimeException ex) {
								writes.add(new Write(name, startedAfterKill, !killed.get(), ex));
							}
						}
						return null;
					}));
				}
				start.await();
				assertThat(committedBeforeKill.await(60, TimeUnit.SECONDS)).as("writes committed before the kill").isTrue();
				killed.set(true);
				TestClusters.script("kill-node", "1");
				assertThat(committedAfterKill.await(60, TimeUnit.SECONDS)).as("writes committed after the kill").isTrue();
				running.set(false);
				for (Future<?> thread : threads) {
					thread.get();
				}
			}
			finally {
				running.set(false);
				pool.shutdownNow();
			}
			List<Write> committed = writes.stream().filter((write) -> write.failure() == null).toList();
			List<Write> failed = writes.stream().filter((write) -> write.failure() != null).toList();
			long before = committed.stream().filter(Write::endedBeforeKill).count();
			long after = committed.stream().filter(Write::startedAfterKill).count();
			assertThat(committed.stream().filter((write) -> !write.endedBeforeKill()))
				.as("writes committed after node 1 was killed; failures: %s",
						failed.stream().limit(3).map((write) -> String.valueOf(write.failure())).toList())
				.isNotEmpty();
			TestClusters.script("start-node", "1");
			HikariDataSource node1 = TestClusters.galeraNode(1, 2);
			try {
				System.out.println("association galera failover: " + committed.size() + " creates committed ("
						+ before + " before the kill, " + after + " started after it), " + failed.size()
						+ " failed with the lost connection (outcome unknown, not retried; " + committedAnyway(node2, failed)
						+ " of them had committed); " + duplicates(node2) + " rows written twice");
				assertThat(before).isPositive();
				assertThat(after).isPositive();
				assertThat(failed).as("writes in flight when node 1 died: their outcome is unknown, so they fail")
					.allSatisfy((write) -> assertThat(write.failure()).isInstanceOf(DataAccessException.class)
						.isNotInstanceOf(WriteException.class)
						.hasRootCauseInstanceOf(SQLTransientConnectionException.class));
				assertThat(retries.retries()).as("lost connections are not retried").isEmpty();
				assertThat(duplicates(node2)).as("rows written twice").isZero();
				assertThat(port(cluster)).isNotEqualTo(3307);
				for (HikariDataSource node : List.of(node1, node2, node3)) {
					assertEveryCommittedRowIsThere(node, committed);
				}
			}
			finally {
				node1.close();
			}
		}
		finally {
			TestClusters.script("start-node", "1");
			cluster.close();
			node2.close();
			node3.close();
		}
	}

	private static void assertEveryCommittedRowIsThere(HikariDataSource node, List<Write> committed) {
		MultiPrimaryWritesIntegrationTests.awaitRows(node, "SELECT COUNT(DISTINCT username) FROM users",
				committed.size());
		List<String> names = new JdbcTemplate(node).queryForList("SELECT username FROM users", String.class);
		assertThat(names).as("rows on %s", node.getJdbcUrl())
			.containsAll(committed.stream().map(Write::name).toList());
	}

	private static long committedAnyway(HikariDataSource node, List<Write> failed) {
		List<String> names = new JdbcTemplate(node).queryForList("SELECT username FROM users", String.class);
		return failed.stream().filter((write) -> names.contains(write.name())).count();
	}

	private static long duplicates(HikariDataSource node) {
		return new JdbcTemplate(node).queryForObject("SELECT COUNT(*) - COUNT(DISTINCT username) FROM users", Long.class);
	}

	private static int port(HikariDataSource cluster) {
		return new JdbcTemplate(cluster).queryForObject("SELECT @@port", Integer.class);
	}

	/**
	 * One create: its user's name, when it started and ended, and its failure (null when it returned).
	 */
	private record Write(String name, boolean startedAfterKill, boolean endedBeforeKill, RuntimeException failure) {

	}

}
