package dev.association.write;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.association.WriteException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WriteConflictsTests {

	private final AtomicInteger attempts = new AtomicInteger();

	private final WriteConflicts conflicts = new WriteConflicts(2);

	private String conflictUntil(int failures) {
		if (this.attempts.incrementAndGet() <= failures) {
			throw new CannotAcquireLockException("Deadlock found when trying to get lock");
		}
		return "written";
	}

	@Test
	void aConflictInTheWritesOwnTransactionIsRetriedUntilAnAttemptCommits() {
		assertThat(this.conflicts.retrying("add to User.roles (belongsToMany Role)", () -> conflictUntil(2)))
			.isEqualTo("written");
		assertThat(this.attempts).hasValue(3);
	}

	@Test
	void aConflictThatOutlastsThreeAttemptsIsARetryableWriteExceptionKeepingSpringsException() {
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> this.conflicts.retrying("set User.roles (belongsToMany Role)", () -> conflictUntil(3)))
			.withMessage("Cannot set User.roles (belongsToMany Role): the database aborted it in a conflict with a "
					+ "concurrent transaction (Deadlock found when trying to get lock) in 3 attempts; it was rolled back "
					+ "and no row was changed. The conflict is transient and the operation is retryable: run it again.")
			.withCauseInstanceOf(CannotAcquireLockException.class);
		assertThat(this.attempts).hasValue(3);
	}

	@Test
	void aConflictThatAGaleraNodeReportsAtCommitIsRetriedToo() {
		AtomicInteger commits = new AtomicInteger();
		String written = this.conflicts.retrying("add to User.roles (belongsToMany Role)", () -> {
			if (commits.incrementAndGet() == 1) {
				throw new TransactionSystemException("JDBC commit failed", new SQLTransactionRollbackException(
						"Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
			}
			return "written";
		});
		assertThat(written).isEqualTo("written");
		assertThat(commits).hasValue(2);
		assertThatExceptionOfType(TransactionSystemException.class).isThrownBy(() -> this.conflicts
			.retrying("create User", () -> {
				throw new TransactionSystemException("JDBC commit failed", new SQLException("disk full", "53100"));
			}));
	}

	@Test
	void aLostConnectionIsNotRetriedSinceTheWriteMayHaveCommitted() {
		assertThatExceptionOfType(TransientDataAccessResourceException.class).isThrownBy(() -> this.conflicts
			.retrying("create User", () -> {
				this.attempts.incrementAndGet();
				throw new TransientDataAccessResourceException("create User; SQL [INSERT ...]",
						new SQLTransientConnectionException("Driver has reconnect connection after a communications "
								+ "link failure with 127.0.0.1:3307", "25S03"));
			}));
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void theNumberOfRetriesIsTheEnginesChoice() {
		WriteConflicts five = new WriteConflicts(5);
		assertThat(five.retrying("add to User.roles (belongsToMany Role)", () -> conflictUntil(5))).isEqualTo("written");
		assertThat(this.attempts).hasValue(6);
		this.attempts.set(0);
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> new WriteConflicts(0).retrying("update User (id 7)", () -> conflictUntil(1)))
			.withMessageContaining("in 1 attempt; it was rolled back");
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void aConflictInsideTheCallersTransactionIsNeverRetried() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThatExceptionOfType(WriteException.class)
				.isThrownBy(() -> this.conflicts.retrying("destroy User (id 7)", () -> conflictUntil(1)))
				.withMessageEndingWith("inside the caller's transaction, which the database aborted (it is not retried "
						+ "there). The conflict is transient and the transaction is retryable: run the whole transaction "
						+ "again.");
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void aWriteThatCannotBeRunAgainReportsItsFirstConflict() {
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> this.conflicts.once("bulkCreate User", () -> conflictUntil(1)))
			.withMessageContaining("in 1 attempt; it was rolled back");
		assertThat(this.attempts).hasValue(1);
	}

	@Test
	void otherFailuresPassThroughUntouched() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.conflicts
			.retrying("create User", () -> {
				this.attempts.incrementAndGet();
				throw new DataIntegrityViolationException("duplicate key");
			}));
		assertThat(this.attempts).hasValue(1);
	}

}
