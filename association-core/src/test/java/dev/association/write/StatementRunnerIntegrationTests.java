package dev.association.write;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.association.Associations;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.slf4j.LoggerFactory;

import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes run through the engine's one statement runner: logged as reads are, their key lists rendered by the
 * shared key conditions.
 */
class StatementRunnerIntegrationTests {

	@AllDatabases
	void writesAreLoggedLikeReadsWithTheirNumberOfBoundValues(TestDatabase db) {
		Associations engine = WriteTesting.engine(db, (builder) -> builder.sqlLogging(true));
		AssociationRepository<User, Long> users = engine.repository(User.class);
		Logger logger = (Logger) LoggerFactory.getLogger("dev.association.sql");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		logger.setAdditive(false);
		logger.addAppender(appender);
		try {
			User alice = users.create(new User("alice"));
			users.<Post>many(alice, "posts").create(new Post("one"));
			users.destroy(alice);
		}
		finally {
			logger.detachAppender(appender);
			logger.setAdditive(true);
			logger.setLevel(level);
		}
		assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
			.hasSize(3)
			.allSatisfy((message) -> assertThat(message).matches("(INSERT|DELETE) .* \\[\\d+ bound values\\] 1 rows in \\d+\\.\\d{3} ms"));
		assertThat(appender.list.get(2).getFormattedMessage()).contains("WHERE " + quoted(db, "id") + " = ? [1 bound values] 1 rows in ");
	}

	@AllDatabases
	void oneTargetIsLinkedByEqualityAndSeveralByOneKeyList(TestDatabase db) {
		Associations engine = WriteTesting.engine(db);
		AssociationRepository<User, Long> users = engine.repository(User.class);
		User alice = users.create(new User("alice"));
		List<Post> posts = List.of(new Post("one"), new Post("two"), new Post("three"));
		engine.<Post, Long>repository(Post.class).bulkCreate(posts);
		db.statements().reset();
		users.<Post>many(alice, "posts").add(posts.get(0));
		users.<Post>many(alice, "posts").add(posts.get(1), posts.get(2));
		List<String> statements = db.statements().statements();
		assertThat(statements).hasSize(2);
		String id = quoted(db, "id");
		assertThat(statements.get(0)).endsWith(" WHERE " + id + " = ?");
		assertThat(statements.get(1)).endsWith(db.name().equals("postgresql") ? " WHERE " + id + " IN (SELECT UNNEST(?))"
				: " WHERE " + id + " IN (?, ?)");
		assertThat(longs(db, "SELECT id FROM posts WHERE author_id = ? ORDER BY id", alice.id))
			.containsExactly(posts.get(0).id, posts.get(1).id, posts.get(2).id);
	}

	private static String quoted(TestDatabase db, String name) {
		return switch (db.name()) {
			case "mariadb" -> "`" + name + "`";
			case "h2" -> "\"" + name.toUpperCase() + "\"";
			default -> "\"" + name + "\"";
		};
	}

}
