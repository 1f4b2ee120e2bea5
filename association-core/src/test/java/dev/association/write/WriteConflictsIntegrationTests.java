package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.association.Associations;
import dev.association.WriteException;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Role;
import dev.association.seed.User;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.association.write.WriteTesting.count;
import static org.assertj.core.api.Assertions.assertThat;

class WriteConflictsIntegrationTests {

	/**
	 * Two transactions each add a role to one user, then the other's role to the other's user: each waits for a key
	 * the other inserted. PostgreSQL and MariaDB abort one as a deadlock; H2 detects none, and one or both time out
	 * waiting for the lock (when one times out first, its rollback lets the other through). Inside the caller's transaction the engine does not retry; it says what it was doing, that the
	 * conflict is retryable, and keeps Spring's exception. What committed is there, whole.
	 */
	@AllDatabasesAndGalera
	void aDeadlockInsideTheCallersTransactionIsARetryableWriteExceptionAndTheOtherTransactionCommits(TestDatabase db)
			throws Exception {
		Associations associations = WriteTesting.engine(db);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		User alice = users.create(new User("alice"));
		User bob = users.create(new User("bob"));
		Role admin = associations.<Role, Long>repository(Role.class).create(new Role("admin"));
		Role editor = associations.<Role, Long>repository(Role.class).create(new Role("editor"));
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		CyclicBarrier bothLinked = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Throwable>> outcomes = new ArrayList<>();
		try {
			for (User[] order : new User[][] { { alice, bob }, { bob, alice } }) {
				Role role = (order[0] == alice) ? admin : editor;
				outcomes.add(pool.submit(() -> {
					try {
						transactions.executeWithoutResult((status) -> {
							users.many(order[0], "roles").add(role);
							await(bothLinked);
							users.many(order[1], "roles").add((role == admin) ? editor : admin);
						});
						return null;
					}
					catch (Throwable ex) {
						return ex;
					}
				}));
			}
			List<Throwable> failures = new ArrayList<>();
			for (Future<Throwable> outcome : outcomes) {
				if (outcome.get() != null) {
					failures.add(outcome.get());
				}
			}
			assertThat(failures).hasSizeBetween(1, db.name().equals("h2") ? 2 : 1).allSatisfy((failure) -> {
				assertThat(failure).isInstanceOf(WriteException.class)
					.hasCauseInstanceOf(TransientDataAccessException.class)
					.hasMessageStartingWith("Cannot add to User.roles (belongsToMany Role): the database aborted it in a "
							+ "conflict with a concurrent transaction (")
					.hasMessageEndingWith("inside the caller's transaction, which the database aborted (it is not "
							+ "retried there). The conflict is transient and the transaction is retryable: run the whole "
							+ "transaction again.");
			});
			assertThat(count(db, "SELECT COUNT(*) FROM user_roles")).isEqualTo(2L * (2 - failures.size()));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
