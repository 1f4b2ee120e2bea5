package dev.association.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.association.Associations;
import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.FoundOrCreated;
import dev.association.seed.Post;
import dev.association.seed.Role;
import dev.association.seed.User;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;
import dev.association.write.GraphModels.Account;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Upsert, increment, bulk update, reload and findOrCreate (SPEC 10.2): one statement each where the SPEC says so,
 * refusals before any statement, nothing lost under concurrency.
 */
class AtomicWritesIntegrationTests {

	private static final int THREADS = 8;

	private static final Instant LONG_AGO = Instant.parse("2020-01-02T03:04:05.123456Z");

	private Associations associations;

	private AssociationRepository<Account, Long> accounts() {
		return this.associations.repository(Account.class);
	}

	private Account stored(String email, String name) {
		Account account = new Account(email, name);
		account.createdAt = LONG_AGO;
		accounts().create(account);
		return account;
	}

	@AllDatabasesAndGalera
	void upsertByPrimaryKeyUpdatesTheRowInOneStatementKeepingCreatedAt(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		Account ann = stored("ann@example.org", "Ann");
		Account changed = new Account("ann@example.org", "Ann B.");
		changed.id = ann.id;
		changed.visits = 7;
		db.statements().reset();
		accounts().upsert(changed);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(changed.createdAt).isEqualTo(LONG_AGO);
		assertThat(changed.updatedAt).isAfter(LONG_AGO);
		assertThat(db.jdbc().queryForMap("SELECT name, visits FROM accounts WHERE id = ?", ann.id).values())
			.containsExactly("Ann B.", 7);
		assertThat(instant(db, "SELECT created_at FROM accounts WHERE id = ?", ann.id)).isEqualTo(LONG_AGO);
		assertThat(instant(db, "SELECT updated_at FROM accounts WHERE id = ?", ann.id)).isEqualTo(changed.updatedAt);
		Account fresh = accounts().upsert(new Account("new@example.org", "New"));
		assertThat(fresh.id).isNotNull().isNotEqualTo(ann.id);
		assertThat(count(db, "SELECT COUNT(*) FROM accounts")).isEqualTo(2);
	}

	@AllDatabasesAndGalera
	void upsertByAUniqueKeyInsertsOnceThenUpdatesThatRowAndReadsItsKeyBack(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		Account first = accounts().upsert(new Account("bob@example.org", "Bob"), "email");
		assertThat(first.id).isNotNull();
		Account second = new Account("bob@example.org", "Robert");
		db.statements().reset();
		accounts().upsert(second, "email");
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(second.id).isEqualTo(first.id);
		assertThat(second.createdAt).isEqualTo(first.createdAt);
		assertThat(db.jdbc().queryForList("SELECT name FROM accounts", String.class)).containsExactly("Robert");
	}

	@AllDatabasesAndGalera
	void upsertOnAttributesThatAreNoUniqueKeyIsRefusedBeforeAnyStatement(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> accounts().upsert(new Account("x@example.org", "X"), "name"))
			.withMessage("Cannot upsert a Account on name: it is neither the primary key nor a unique key of Account, "
					+ "so the database cannot tell which row conflicts. Keys of Account: id (primary key), email (unique).");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> accounts().upsert(new Account("x@example.org", "X"), "nickname"))
			.withMessageStartingWith("Account has no attribute 'nickname'. Attributes of Account: id, email, name,");
		assertThat(db.statements().count()).isZero();
	}

	@AllDatabasesAndGalera
	void incrementAddsAtomicallyAndGivesTheInstanceTheStoredValue(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		Account ann = stored("ann@example.org", "Ann");
		db.jdbc().update("UPDATE accounts SET visits = 40 WHERE id = ?", ann.id);
		accounts().increment(ann, "visits", 2);
		assertThat(ann.visits).isEqualTo(42);
		assertThat(ann.updatedAt).isEqualTo(instant(db, "SELECT updated_at FROM accounts WHERE id = ?", ann.id));
		accounts().increment(ann, "visits", -5L);
		assertThat(ann.visits).isEqualTo(37);
		Account bob = stored("bob@example.org", "Bob");
		db.statements().reset();
		assertThat(accounts().increment(Where.in("id", ann.id, bob.id), "visits", 10)).isEqualTo(2);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(db.jdbc().queryForList("SELECT visits FROM accounts ORDER BY id", Integer.class))
			.containsExactly(47, 10);
		assertThat(accounts().increment(Where.eq("id", bob.id), "balance", new BigDecimal("2.5"))).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void incrementRefusesWrongAttributesAndAmountsBeforeAnyStatement(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		Account ann = stored("ann@example.org", "Ann");
		db.statements().reset();
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> accounts().increment(ann, "name", 1))
			.withMessage("Cannot increment Account.name: it is a String. Numeric attributes of Account: visits, balance.");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> accounts().increment(ann, "visits", 1.5))
			.withMessageContaining("Account.visits is int");
		assertThat(db.statements().count()).isZero();
	}

	@AllDatabasesAndGalera
	void eightThreadsIncrementingOneRowLoseNothing(TestDatabase db) throws Exception {
		this.associations = GraphModels.engine(db);
		Account shared = stored("shared@example.org", "Shared");
		List<Integer> seen = race(() -> {
			Account mine = new Account();
			mine.id = shared.id;
			int last = 0;
			for (int i = 0; i < 25; i++) {
				last = accounts().increment(mine, "visits", 1).visits;
			}
			accounts().increment(Where.eq("id", shared.id), "visits", 1);
			return last;
		});
		assertThat(db.jdbc().queryForObject("SELECT visits FROM accounts WHERE id = ?", Integer.class, shared.id))
			.isEqualTo(THREADS * 26);
		assertThat(seen).allSatisfy((last) -> assertThat(last).isBetween(25, THREADS * 26));
	}

	@AllDatabasesAndGalera
	void updateWithValuesSetsTheMatchingRowsInOneStatementWithUpdatedAt(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		User ann = this.associations.<User, Long>repository(User.class).create(new User("ann"));
		AssociationRepository<Post, Long> posts = this.associations.repository(Post.class);
		for (String title : List.of("a", "b", "c")) {
			Post post = new Post(title);
			post.authorId = ann.id;
			posts.create(post);
		}
		posts.create(new Post("other"));
		Instant before = instant(db, "SELECT MAX(updated_at) FROM posts");
		db.statements().reset();
		assertThat(posts.update(Map.of("published", true, "body", "edited"), Where.eq("authorId", ann.id)))
			.isEqualTo(3);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE published = TRUE AND body = 'edited'")).isEqualTo(3);
		assertThat(instant(db, "SELECT MIN(updated_at) FROM posts WHERE author_id = ?", ann.id)).isAfter(before);
		assertThat(db.jdbc().queryForObject("SELECT published FROM posts WHERE title = 'other'", Boolean.class))
			.isFalse();
	}

	@AllDatabasesAndGalera
	void updateWithAValueOfTheWrongTypeIsRefusedBeforeAnyStatement(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		AssociationRepository<Post, Long> posts = this.associations.repository(Post.class);
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> posts.update(Map.of("published", "yes"), Where.gt("id", 0)))
			.withMessage("Post.published is boolean (BOOLEAN); the value 'yes' (String) does not fit it.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> posts.update(Map.of("titel", "x"), Where.gt("id", 0)))
			.withMessageStartingWith("Post has no attribute 'titel'. Attributes of Post: id, authorId, title,");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> accounts().update(Map.of("email", "x"), Where.gt("visits", "many")))
			.withMessageContaining("Account.visits is int");
		assertThat(db.statements().count()).isZero();
	}

	@AllDatabasesAndGalera
	void reloadReadsTheRowAndItsIncludesIntoTheSameInstance(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		AssociationRepository<User, Long> users = this.associations.repository(User.class);
		User ann = users.create(new User("ann"));
		Post post = new Post("hello");
		post.authorId = ann.id;
		this.associations.<Post, Long>repository(Post.class).create(post);
		db.jdbc().update("UPDATE users SET username = 'ann b.' WHERE id = ?", ann.id);
		assertThat(users.reload(ann)).isSameAs(ann);
		assertThat(ann.username).isEqualTo("ann b.");
		assertThat(ann.posts).isNull();
		users.reload(ann, Find.all().include("posts"));
		assertThat(ann.posts).extracting((p) -> p.title).containsExactly("hello");
		users.destroy(Where.eq("id", ann.id));
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> users.reload(ann))
			.withMessage("Cannot reload User (id " + ann.id + "): the row no longer exists.");
	}

	@AllDatabasesAndGalera
	void findOrCreateFindsOrCreatesWithTheEqualitiesOfTheCondition(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		AssociationRepository<Role, Long> roles = this.associations.repository(Role.class);
		FoundOrCreated<Role> created = roles.findOrCreate(Where.eq("name", "admin"), new Role());
		assertThat(created.created()).isTrue();
		assertThat(created.instance().name).isEqualTo("admin");
		assertThat(created.instance().id).isNotNull();
		FoundOrCreated<Role> found = roles.findOrCreate(Where.eq("name", "admin"), new Role());
		assertThat(found.created()).isFalse();
		assertThat(found.instance().id).isEqualTo(created.instance().id);
		FoundOrCreated<Account> account = accounts()
			.findOrCreate(Where.and(Where.eq("email", "ann@example.org"), Where.eq("visits", 3L)), new Account());
		assertThat(account.created()).isTrue();
		assertThat(account.instance().visits).isEqualTo(3);
		assertThat(count(db, "SELECT COUNT(*) FROM roles")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void eightThreadsRacingForOneUniqueKeyCreateOneRowAndAllGetIt(TestDatabase db) throws Exception {
		this.associations = GraphModels.engine(db);
		List<FoundOrCreated<Account>> results = race(() -> {
			Account defaults = new Account();
			defaults.name = "raced";
			return accounts().findOrCreate(Where.eq("email", "race@example.org"), defaults);
		});
		assertThat(results.stream().filter(FoundOrCreated::created)).hasSize(1);
		assertThat(results.stream().map((result) -> result.instance().id).distinct()).hasSize(1);
		assertThat(count(db, "SELECT COUNT(*) FROM accounts")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void aRefusedCreateInsideTheCallersTransactionLeavesItUsable(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		stored("taken@example.org", "Taken");
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		transaction.executeWithoutResult((status) -> {
			stored("before@example.org", "Before");
			Account defaults = new Account();
			defaults.email = "taken@example.org";
			assertThatExceptionOfType(WriteException.class)
				.isThrownBy(() -> accounts().findOrCreate(Where.eq("name", "Nobody"), defaults))
				.withMessageStartingWith("Cannot findOrCreate a Account: no row matches ")
				.withMessageEndingWith("No row was created.");
			stored("after@example.org", "After");
		});
		assertThat(db.jdbc().queryForList("SELECT email FROM accounts ORDER BY email", String.class))
			.containsExactly("after@example.org", "before@example.org", "taken@example.org");
	}

	private <T> List<T> race(Callable<T> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CyclicBarrier start = new CyclicBarrier(THREADS);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
