package dev.association.write;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.association.AssociationDefinitionException;
import dev.association.Associations;
import dev.association.HookType;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.seed.Profile;
import dev.association.seed.Tag;
import dev.association.seed.User;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;
import dev.association.write.WriteModels.Document;
import dev.association.write.WriteModels.Folder;
import dev.association.write.WriteModels.FolderLabel;
import dev.association.write.WriteModels.Page;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.association.write.WriteTesting.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class HooksIntegrationTests {

	private final List<String> events = new CopyOnWriteArrayList<>();

	private Associations recordingEngine(TestDatabase db) {
		return WriteTesting.engine(db, (builder) -> {
			for (HookType type : HookType.values()) {
				builder.hook(User.class, type, (user) -> this.events.add(type + " " + user.username + " " + user.id));
			}
			builder.hook(Page.class, HookType.AFTER_DESTROY, (page) -> this.events.add("page " + page.number));
			builder.hook(Document.class, HookType.AFTER_DESTROY, (doc) -> this.events.add("document " + doc.title));
			builder.hook(Folder.class, HookType.BEFORE_DESTROY, (folder) -> this.events.add("folder " + folder.name));
		});
	}

	@AllDatabasesAndGalera
	void hooksRunAroundCreateUpdateAndDestroyWithTheInstance(TestDatabase db) {
		AssociationRepository<User, Long> users = recordingEngine(db).repository(User.class);
		User alice = users.create(new User("alice"));
		alice.email = "a@example.org";
		users.update(alice);
		users.destroy(alice);
		assertThat(this.events).containsExactly("BEFORE_CREATE alice null", "AFTER_CREATE alice " + alice.id,
				"BEFORE_UPDATE alice " + alice.id, "AFTER_UPDATE alice " + alice.id, "BEFORE_DESTROY alice " + alice.id,
				"AFTER_DESTROY alice " + alice.id);
	}

	@AllDatabasesAndGalera
	void aBeforeCreateHookMayChangeWhatIsWritten(TestDatabase db) {
		Associations associations = WriteTesting.engine(db,
				(builder) -> builder.hook(User.class, HookType.BEFORE_CREATE, (user) -> user.email = "hooked@example.com"));
		User bob = associations.<User, Long>repository(User.class).create(new User("bob"));
		assertThat(db.jdbc().queryForObject("SELECT email FROM users WHERE id = ?", String.class, bob.id))
			.isEqualTo("hooked@example.com");
	}

	@AllDatabasesAndGalera
	void anAfterCreateHookThatThrowsRollsTheInsertBack(TestDatabase db) {
		Associations associations = WriteTesting.engine(db, (builder) -> builder.hook(User.class,
				HookType.AFTER_CREATE, (user) -> {
					throw new IllegalStateException("no " + user.username);
				}));
		assertThatIllegalStateException()
			.isThrownBy(() -> associations.<User, Long>repository(User.class).create(new User("carol")))
			.withMessage("no carol");
		assertThat(count(db, "SELECT COUNT(*) FROM users")).isZero();
	}

	@AllDatabasesAndGalera
	void bulkCreateRunsTheHooksOfEveryInstanceAndAThrowingHookLeavesNoRow(TestDatabase db) {
		Associations associations = WriteTesting.engine(db, (builder) -> builder.hook(User.class,
				HookType.BEFORE_CREATE, (user) -> {
					if (user.username.equals("bad")) {
						throw new IllegalStateException("bad user");
					}
				}));
		AssociationRepository<User, Long> users = associations.repository(User.class);
		users.bulkCreate(List.of(new User("ok1"), new User("ok2")));
		assertThatIllegalStateException()
			.isThrownBy(() -> users.bulkCreate(List.of(new User("ok3"), new User("bad"))));
		assertThat(db.jdbc().queryForList("SELECT username FROM users ORDER BY username", String.class))
			.containsExactly("ok1", "ok2");
	}

	@AllDatabasesAndGalera
	void hooksTrueDestroysTheChildrenOneByOneRecursivelyBeforeTheParent(TestDatabase db) {
		Associations associations = recordingEngine(db);
		Folder folder = associations.<Folder, Long>repository(Folder.class).create(new Folder("inbox"));
		List<Document> documents = List.of(new Document("a", folder.id), new Document("b", folder.id));
		associations.<Document, Long>repository(Document.class).bulkCreate(documents);
		associations.<Page, Long>repository(Page.class)
			.bulkCreate(List.of(new Page(1, documents.get(0).id), new Page(2, documents.get(0).id),
					new Page(3, documents.get(1).id)));
		associations.<Folder, Long>repository(Folder.class).destroy(folder);
		assertThat(this.events).containsExactly("folder inbox", "page 1", "page 2", "document a", "page 3",
				"document b");
		assertThat(count(db, "SELECT COUNT(*) FROM folders") + count(db, "SELECT COUNT(*) FROM documents")
				+ count(db, "SELECT COUNT(*) FROM pages")).isZero();
	}

	@AllDatabasesAndGalera
	void hooksTrueOnABelongsToManyDestroysTheJoinRowsOneByOneAndKeepsTheTargets(TestDatabase db) {
		Associations associations = WriteTesting.engine(db, (builder) -> builder.hook(FolderLabel.class,
				HookType.AFTER_DESTROY, (label) -> this.events.add("label " + label.tagId + " " + label.color)));
		Folder folder = associations.<Folder, Long>repository(Folder.class).create(new Folder("inbox"));
		List<Tag> tags = List.of(new Tag("red"), new Tag("blue"));
		associations.<Tag, Long>repository(Tag.class).bulkCreate(tags);
		ManyAccessor<Tag> labels = associations.<Folder, Long>repository(Folder.class).many(folder, "labels");
		labels.add(tags.get(0));
		labels.add(tags.get(1), Map.of("color", "blue"));
		associations.<Folder, Long>repository(Folder.class).destroy(folder);
		assertThat(this.events).containsExactlyInAnyOrder("label " + tags.get(0).id + " grey",
				"label " + tags.get(1).id + " blue");
		assertThat(count(db, "SELECT COUNT(*) FROM folder_labels")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM tags")).isEqualTo(2);
	}

	@AllDatabasesAndGalera
	void aChildHookThatThrowsDuringACascadeLeavesEveryRow(TestDatabase db) {
		Associations associations = WriteTesting.engine(db, (builder) -> builder.hook(Page.class,
				HookType.BEFORE_DESTROY, (page) -> {
					if (page.number == 3) {
						throw new IllegalStateException("page 3 is pinned");
					}
				}));
		Folder folder = associations.<Folder, Long>repository(Folder.class).create(new Folder("inbox"));
		List<Document> documents = List.of(new Document("a", folder.id), new Document("b", folder.id));
		associations.<Document, Long>repository(Document.class).bulkCreate(documents);
		associations.<Page, Long>repository(Page.class)
			.bulkCreate(List.of(new Page(1, documents.get(0).id), new Page(3, documents.get(1).id)));
		assertThatIllegalStateException()
			.isThrownBy(() -> associations.<Folder, Long>repository(Folder.class).destroy(folder))
			.withMessage("page 3 is pinned");
		assertThat(count(db, "SELECT COUNT(*) FROM folders")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM documents")).isEqualTo(2);
		assertThat(count(db, "SELECT COUNT(*) FROM pages")).isEqualTo(2);
	}

	@AllDatabasesAndGalera
	void withoutHooksTrueTheDatabaseCascadesInOneStatement(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		User erin = associations.<User, Long>repository(User.class).create(new User("erin"));
		associations.<User, Long>repository(User.class).<Profile>one(erin, "profile").create(new Profile("bio"));
		db.statements().reset();
		associations.<User, Long>repository(User.class).destroy(erin);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM profiles")).isZero();
	}

	@AllDatabasesAndGalera
	void destroyWhereOnAModelWithDestroyHooksDestroysRowByRow(TestDatabase db) {
		Associations associations = recordingEngine(db);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		users.bulkCreate(List.of(new User("ann"), new User("abe"), new User("bea")));
		this.events.clear();
		assertThat(users.destroy(Where.like("username", "a%"))).isEqualTo(2);
		assertThat(this.events).filteredOn((event) -> event.startsWith("AFTER_DESTROY")).hasSize(2);
		assertThat(db.jdbc().queryForList("SELECT username FROM users", String.class)).containsExactly("bea");
	}

	@AllDatabasesAndGalera
	void writesJoinTheCallersSpringTransaction(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		assertThatIllegalStateException().isThrownBy(() -> outer.executeWithoutResult((status) -> {
			User fay = users.create(new User("fay"));
			users.<Profile>one(fay, "profile").create(new Profile("bio"));
			users.bulkCreate(List.of(new User("gus"), new User("hal")));
			throw new IllegalStateException("changed my mind");
		}));
		assertThat(count(db, "SELECT COUNT(*) FROM users") + count(db, "SELECT COUNT(*) FROM profiles")).isZero();
	}

	@AllDatabasesAndGalera
	void aHookForAClassThatIsNotAModelIsAStartupError(TestDatabase db) {
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> WriteTesting.engine(db,
					(builder) -> builder.hook(String.class, HookType.AFTER_CREATE, (s) -> {
					})))
			.withMessageStartingWith("A AFTER_CREATE hook is registered for java.lang.String, which is not a model of "
					+ "this engine. Models: User, Profile,");
	}

}
