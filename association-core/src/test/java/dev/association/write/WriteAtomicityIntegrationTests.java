package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.association.Associations;
import dev.association.HookType;
import dev.association.WriteException;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.seed.Post;
import dev.association.seed.Role;
import dev.association.seed.Tag;
import dev.association.seed.User;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;
import dev.association.write.WriteModels.Document;
import dev.association.write.WriteModels.Folder;
import dev.association.write.WriteModels.Page;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every multi-row write that fails part-way (a constraint, a hook) leaves every row as it was: on its own, and inside
 * a caller's transaction that catches the failure and commits, where the caller's other work is kept.
 */
class WriteAtomicityIntegrationTests {

	private static final long MISSING = 987654321L;

	private Associations associations;

	private int callerTransactions;

	private Associations engine(TestDatabase db) {
		return engine(db, (builder) -> {
		});
	}

	private Associations engine(TestDatabase db, Consumer<Associations.Builder> customizer) {
		this.associations = WriteTesting.engine(db, (builder) -> {
			builder.hook(User.class, HookType.AFTER_CREATE, (user) -> {
				if (user.username.startsWith("refused")) {
					throw new IllegalStateException(user.username + " is refused");
				}
			});
			builder.hook(Folder.class, HookType.AFTER_DESTROY, (folder) -> {
				if (folder.name.equals("pinned")) {
					throw new IllegalStateException("the pinned folder stays");
				}
			});
			builder.hook(Page.class, HookType.AFTER_DESTROY, (page) -> {
				if (page.number == 13) {
					throw new IllegalStateException("page 13 stays");
				}
			});
			customizer.accept(builder);
		});
		return this.associations;
	}

	private <T> AssociationRepository<T, Long> repository(Class<T> model) {
		return this.associations.repository(model);
	}

	/**
	 * Runs a write that fails twice: on its own, then inside a caller's transaction that does some work before and
	 * after it, catches the failure and commits; each time the rows must be as they were, and the caller's own work
	 * committed.
	 */
	private void failsAndChangesNothing(TestDatabase db, ThrowingCallable write, Class<? extends Throwable> failure,
			Runnable unchanged) {
		assertThatThrownBy(write).isInstanceOf(failure);
		unchanged.run();
		int caller = ++this.callerTransactions;
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		transaction.executeWithoutResult((status) -> {
			repository(Tag.class).create(new Tag("before " + caller));
			assertThatThrownBy(write).isInstanceOf(failure);
			repository(Tag.class).create(new Tag("after " + caller));
		});
		unchanged.run();
		assertThat(db.jdbc().queryForList("SELECT name FROM tags WHERE name LIKE ? ORDER BY name", String.class,
				"%" + caller)).containsExactly("after " + caller, "before " + caller);
	}

	private List<String> usernames(TestDatabase db) {
		return db.jdbc().queryForList("SELECT username FROM users ORDER BY username", String.class);
	}

	@AllDatabasesAndGalera
	void aBulkCreateWhoseThirdRowBreaksAForeignKeyLeavesNoRow(TestDatabase db) {
		engine(db);
		User alice = repository(User.class).create(new User("alice"));
		List<Post> posts = new ArrayList<>();
		failsAndChangesNothing(db, () -> {
			posts.clear();
			posts.addAll(List.of(new Post("one"), new Post("two"), new Post("three")));
			posts.get(0).authorId = alice.id;
			posts.get(1).authorId = alice.id;
			posts.get(2).authorId = MISSING;
			repository(Post.class).bulkCreate(posts);
		}, DataIntegrityViolationException.class,
				() -> assertThat(count(db, "SELECT COUNT(*) FROM posts")).isZero());
	}

	@AllDatabasesAndGalera
	void aBulkCreateWhoseHookRefusesTheLastRowLeavesNoRow(TestDatabase db) {
		engine(db);
		failsAndChangesNothing(db,
				() -> repository(User.class).bulkCreate(List.of(new User("ann"), new User("bob"), new User("refused"))),
				IllegalStateException.class, () -> assertThat(usernames(db)).isEmpty());
	}

	@AllDatabasesAndGalera
	void aCreateWhoseAfterCreateHookThrowsLeavesNoRow(TestDatabase db) {
		engine(db);
		failsAndChangesNothing(db, () -> repository(User.class).create(new User("refused")),
				IllegalStateException.class, () -> assertThat(usernames(db)).isEmpty());
	}

	@AllDatabasesAndGalera
	void aBelongsToManySetAndAddThatBreakAForeignKeyKeepTheJoinRows(TestDatabase db) {
		engine(db);
		User alice = repository(User.class).create(new User("alice"));
		List<Role> roles = List.of(new Role("r0"), new Role("r1"), new Role("r2"), new Role("r3"));
		repository(Role.class).bulkCreate(roles);
		ManyAccessor<Role> rolesOfAlice = repository(User.class).many(alice, "roles");
		rolesOfAlice.set(List.of(roles.get(0), roles.get(1)));
		Runnable unchanged = () -> assertThat(longs(db, "SELECT role_id FROM user_roles ORDER BY role_id"))
			.containsExactly(roles.get(0).id, roles.get(1).id);
		failsAndChangesNothing(db, () -> rolesOfAlice.set(List.of(roles.get(2), roles.get(3), MISSING)),
				WriteException.class, unchanged);
		failsAndChangesNothing(db, () -> rolesOfAlice.add(roles.get(2), roles.get(3), MISSING), WriteException.class,
				unchanged);
	}

	@AllDatabasesAndGalera
	void aDestroyWhereRowByRowThatFailsOnARowKeepsEveryRow(TestDatabase db) {
		engine(db);
		repository(Folder.class).bulkCreate(List.of(new Folder("archive"), new Folder("pinned"), new Folder("inbox")));
		failsAndChangesNothing(db, () -> repository(Folder.class).destroy(Where.notNull("name")),
				IllegalStateException.class,
				() -> assertThat(count(db, "SELECT COUNT(*) FROM folders")).isEqualTo(3));
	}

	@AllDatabasesAndGalera
	void aHooksTrueCascadeThatFailsOnAGrandchildKeepsEveryRow(TestDatabase db) {
		engine(db);
		Folder folder = repository(Folder.class).create(new Folder("inbox"));
		List<Document> documents = List.of(new Document("a", folder.id), new Document("b", folder.id));
		repository(Document.class).bulkCreate(documents);
		repository(Page.class).bulkCreate(List.of(new Page(1, documents.get(0).id), new Page(2, documents.get(0).id),
				new Page(13, documents.get(1).id)));
		failsAndChangesNothing(db, () -> repository(Folder.class).destroy(folder), IllegalStateException.class, () -> {
			assertThat(count(db, "SELECT COUNT(*) FROM folders")).isEqualTo(1);
			assertThat(count(db, "SELECT COUNT(*) FROM documents")).isEqualTo(2);
			assertThat(count(db, "SELECT COUNT(*) FROM pages")).isEqualTo(3);
		});
	}

	@AllDatabasesAndGalera
	void withATransactionManagerWithoutSavepointsAFailedWriteRollsTheCallersTransactionBack(TestDatabase db) {
		DataSourceTransactionManager noSavepoints = new DataSourceTransactionManager(db.dataSource());
		noSavepoints.setNestedTransactionAllowed(false);
		engine(db, (builder) -> builder.transactionManager(noSavepoints));
		assertThatThrownBy(() -> repository(User.class).bulkCreate(List.of(new User("ann"), new User("refused"))))
			.isInstanceOf(IllegalStateException.class);
		assertThat(usernames(db)).isEmpty();
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		assertThatExceptionOfType(UnexpectedRollbackException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				repository(Tag.class).create(new Tag("before"));
				assertThatThrownBy(() -> repository(User.class).bulkCreate(List.of(new User("ann"), new User("refused"))))
					.isInstanceOf(IllegalStateException.class);
			}));
		assertThat(usernames(db)).isEmpty();
		assertThat(count(db, "SELECT COUNT(*) FROM tags")).isZero();
	}

}
