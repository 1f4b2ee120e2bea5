package dev.association.write;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.association.Associations;
import dev.association.HookType;
import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.Role;
import dev.association.seed.User;
import dev.association.testing.TestDatabase;
import dev.association.testing.TestDatabases;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Finds, counts and writes are Micrometer observations with their model, operation, statements and rows; SQL
 * logging times each statement and sums up each find.
 */
class ObservationTests {

	private final TestDatabase db = TestDatabases.get("h2");

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@Test
	void aFindWithAnIncludeIsOneQueryObservationWithItsStatementsAndRows() {
		Associations engine = WriteTesting.engine(this.db, (builder) -> builder.observationRegistry(this.registry));
		AssociationRepository<User, Long> users = engine.repository(User.class);
		User alice = users.create(new User("alice"));
		users.create(new User("bob"));
		engine.<Post, Long>repository(Post.class).bulkCreate(List.of(post("one", alice), post("two", alice),
				post("three", alice)));
		this.registry.clear();
		List<User> found = users.findAll(Find.all().include("posts"));
		assertThat(found).hasSize(2);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("association.query", 1)
			.hasObservationWithNameEqualTo("association.query")
			.that()
			.hasLowCardinalityKeyValue("model", "User")
			.hasLowCardinalityKeyValue("operation", "find")
			.hasHighCardinalityKeyValue("statements", "2")
			.hasHighCardinalityKeyValue("rows", "5")
			.hasBeenStarted()
			.hasBeenStopped()
			.doesNotHaveError();
	}

	@Test
	void aStreamIsOneQueryObservationOverAllItsBatches() {
		Associations engine = WriteTesting.engine(this.db, (builder) -> builder.observationRegistry(this.registry));
		AssociationRepository<User, Long> users = engine.repository(User.class);
		User alice = users.create(new User("alice"));
		users.create(new User("bob"));
		engine.<Post, Long>repository(Post.class).bulkCreate(List.of(post("one", alice), post("two", alice),
				post("three", alice)));
		this.registry.clear();
		try (Stream<User> stream = users.stream(Find.all().include("posts").batchSize(1))) {
			assertThat(stream.map((user) -> user.username)).containsExactly("alice", "bob");
			// read to its end: the observation has stopped before the stream is closed
			TestObservationRegistryAssert.assertThat(this.registry)
				.hasNumberOfObservationsWithNameEqualTo("association.query", 1)
				.hasObservationWithNameEqualTo("association.query")
				.that()
				.hasLowCardinalityKeyValue("model", "User")
				.hasLowCardinalityKeyValue("operation", "stream")
				// batches of alice (user, posts), bob (user, posts) and the empty page after bob
				.hasHighCardinalityKeyValue("statements", "5")
				.hasHighCardinalityKeyValue("rows", "5")
				.hasBeenStopped();
		}
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("association.query", 1);
	}

	@Test
	void aBulkCreateIsOneWriteObservationWithItsRows() {
		Associations engine = WriteTesting.engine(this.db, (builder) -> builder.observationRegistry(this.registry));
		engine.<Role, Long>repository(Role.class).bulkCreate(List.of(new Role("admin"), new Role("editor")));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("association.write", 1)
			.hasObservationWithNameEqualTo("association.write")
			.that()
			.hasLowCardinalityKeyValue("model", "Role")
			.hasLowCardinalityKeyValue("operation", "bulkCreate")
			.hasHighCardinalityKeyValue("rows", "2")
			.hasBeenStopped();
	}

	@Test
	void anAccessorSetIsAWriteObservationOfTheSourceModel() {
		Associations engine = WriteTesting.engine(this.db, (builder) -> builder.observationRegistry(this.registry));
		AssociationRepository<User, Long> users = engine.repository(User.class);
		User alice = users.create(new User("alice"));
		List<Role> roles = List.of(new Role("admin"), new Role("editor"));
		engine.<Role, Long>repository(Role.class).bulkCreate(roles);
		this.registry.clear();
		users.<Role>many(alice, "roles").set(roles);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsEqualTo(1)
			.hasObservationWithNameEqualTo("association.write")
			.that()
			.hasLowCardinalityKeyValue("model", "User")
			.hasLowCardinalityKeyValue("operation", "set")
			.hasBeenStopped();
	}

	@Test
	void aRepositoryCalledByAHookIsItsOwnObservation() {
		AtomicReference<Associations> engine = new AtomicReference<>();
		engine.set(WriteTesting.engine(this.db, (builder) -> builder.observationRegistry(this.registry)
			.hook(User.class, HookType.AFTER_CREATE,
					(user) -> engine.get().<Role, Long>repository(Role.class).create(new Role(user.username)))));
		engine.get().<User, Long>repository(User.class).create(new User("alice"));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("association.write", 2)
			.hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("model", "User")
				.hasHighCardinalityKeyValue("statements", "1"))
			.hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("model", "Role")
				.hasHighCardinalityKeyValue("statements", "1"));
	}

	@Test
	void aFailingStatementIsAnObservationWithTheError() {
		Associations engine = WriteTesting.engine(this.db, (builder) -> builder.observationRegistry(this.registry));
		AssociationRepository<Role, Long> roles = engine.repository(Role.class);
		roles.create(new Role("admin"));
		this.registry.clear();
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> roles.create(new Role("admin")));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo("association.write")
			.that()
			.hasLowCardinalityKeyValue("operation", "create")
			.hasError()
			.hasBeenStopped();
	}

	@Test
	void sqlLoggingTimesEachStatementAndSumsUpEachFind() {
		Associations engine = WriteTesting.engine(this.db, (builder) -> builder.sqlLogging(true));
		AssociationRepository<User, Long> users = engine.repository(User.class);
		User alice = users.create(new User("alice"));
		engine.<Post, Long>repository(Post.class).bulkCreate(List.of(post("one", alice), post("two", alice)));
		Logger logger = (Logger) LoggerFactory.getLogger("dev.association.sql");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		logger.setAdditive(false);
		logger.addAppender(appender);
		try {
			users.findAll(Find.all().include("posts"));
		}
		finally {
			logger.detachAppender(appender);
			logger.setAdditive(true);
			logger.setLevel(level);
		}
		assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly(
					(users1) -> assertThat(users1).matches("SELECT .* \\[0 bound values\\] 1 rows in \\d+\\.\\d{3} ms"),
					(posts) -> assertThat(posts).matches("SELECT .* \\[\\d+ bound values\\] 2 rows in \\d+\\.\\d{3} ms"),
					(summary) -> assertThat(summary).matches("find User: 2 statements, 3 rows in \\d+\\.\\d{3} ms"));
	}

	private static Post post(String title, User author) {
		Post post = new Post(title);
		post.authorId = author.id;
		return post;
	}

}
