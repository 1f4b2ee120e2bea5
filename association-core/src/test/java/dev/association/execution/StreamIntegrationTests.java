package dev.association.execution;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.Associations;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stream(find)}: the rows in the find's order, each with its includes, read per batch of top-level rows on one
 * connection held until the stream is closed, joining the caller's transaction; and, in a child JVM with a 96 MB
 * heap, 200,000 users with their posts.
 */
class StreamIntegrationTests {

	private static final int USERS = 11;

	private static Associations engine(DataSource dataSource) {
		return Associations.builder()
			.dataSource(dataSource)
			.models(Seeds.MODELS.toArray(Class[]::new))
			.startupReport(false)
			.build();
	}

	private static void seed(TestDatabase db) {
		db.reset();
		engine(db.dataSource()).schema().create();
		JdbcTemplate jdbc = db.jdbc();
		for (long u = 1; u <= USERS; u++) {
			jdbc.update("INSERT INTO users (id, username, email, active) VALUES (?, ?, ?, ?)", u,
					"user" + (char) ('a' + (u * 7) % USERS), "user" + u + "@example.com", u % 2 == 1);
			for (long k = 1; k <= u % 3; k++) {
				jdbc.update("INSERT INTO posts (id, author_id, title, published) VALUES (?, ?, ?, ?)", u * 10 + k, u,
						"post " + k, true);
			}
		}
		db.statements().reset();
	}

	private static List<String> describe(List<User> users) {
		List<String> described = new ArrayList<>();
		for (User user : users) {
			List<Long> posts = new ArrayList<>();
			for (Post post : user.posts) {
				posts.add(post.id);
			}
			described.add(user.id + " " + user.username + " " + posts);
		}
		return described;
	}

	private static List<User> collect(Stream<User> stream) {
		try (stream) {
			return stream.toList();
		}
	}

	@AllDatabases
	void aStreamReadsTheRowsOfTheFindWithTheirIncludesOneBatchOfParentsAtATime(TestDatabase db) {
		seed(db);
		AssociationRepository<User, Long> users = engine(db.dataSource()).repository(User.class);
		Find find = Find.all().include("posts");
		List<String> expected = describe(users.findAll(find));
		db.statements().reset();

		List<User> streamed = collect(users.stream(find.batchSize(4)));

		assertThat(describe(streamed)).isEqualTo(expected).hasSize(USERS);
		assertThat(streamed.get(1).posts).extracting((post) -> post.id).containsExactly(21L, 22L);
		List<String> sql = db.statements().statements();
		assertThat(sql).hasSize(6);
		assertThat(sql.get(0)).doesNotContain("> ?");
		assertThat(sql.get(2)).contains("> ?").isEqualTo(sql.get(4));
	}

	@AllDatabases
	void anExplicitOrderLimitAndOffsetApplyToTheWholeStream(TestDatabase db) {
		seed(db);
		AssociationRepository<User, Long> users = engine(db.dataSource()).repository(User.class);
		Find find = Find.where(Where.gte("id", 2L))
			.include(Include.of("posts").required(false))
			.order("username", Order.DESC)
			.offset(1)
			.limit(7);
		List<String> expected = describe(users.findAll(find));

		assertThat(describe(collect(users.stream(find.batchSize(3))))).isEqualTo(expected).hasSize(7);
		assertThat(describe(collect(users.stream(find.order("id").batchSize(2)))))
			.isEqualTo(describe(users.findAll(find.order("id"))));
		assertThat(collect(users.stream(Find.where(Where.gte("id", 3L)).offset(2).limit(5).batchSize(2))))
			.extracting((user) -> user.id)
			.containsExactly(5L, 6L, 7L, 8L, 9L);
	}

	@AllDatabases
	void aStreamHoldsOneConnectionFromItsFirstRowUntilItIsClosed(TestDatabase db) {
		seed(db);
		ConnectionCounting counting = new ConnectionCounting(db.dataSource());
		AssociationRepository<User, Long> users = engine(counting).repository(User.class);
		counting.opened.set(0);

		Stream<User> stream = users.stream(Find.all().include("posts").batchSize(2));
		assertThat(counting.opened).hasValue(0);
		Iterator<User> rows = stream.iterator();
		for (int i = 0; i < 5; i++) {
			rows.next();
		}
		assertThat(counting.opened).hasValue(1);
		assertThat(counting.open).hasValue(1);
		stream.close();
		assertThat(counting.open).hasValue(0);
		assertThat(counting.opened).hasValue(1);
		assertThat(db.statements().statements()).hasSize(6);
	}

	@AllDatabases
	void aStreamInATransactionJoinsItAndSeesItsUncommittedRows(TestDatabase db) {
		seed(db);
		ConnectionCounting counting = new ConnectionCounting(db.dataSource());
		AssociationRepository<User, Long> users = engine(counting).repository(User.class);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(counting));
		counting.opened.set(0);

		List<String> streamed = transaction.execute((status) -> {
			new JdbcTemplate(counting).update("INSERT INTO posts (id, author_id, title, published) VALUES (?, ?, ?, ?)",
					999L, 3L, "uncommitted", true);
			List<String> rows = describe(collect(users.stream(Find.where(Where.lte("id", 4L)).include("posts")
				.batchSize(1))));
			status.setRollbackOnly();
			return rows;
		});

		assertThat(streamed).element(2).asString().endsWith("[999]");
		assertThat(counting.opened).hasValue(1);
		assertThat(counting.open).hasValue(0);
		assertThat(users.findAll(Find.where(Where.eq("id", 3L)).include("posts")).get(0).posts).isEmpty();
	}

	@AllDatabases
	void streamingTwoHundredThousandUsersWithTheirPostsFitsInA96MegabyteHeap(TestDatabase db)
			throws IOException, InterruptedException {
		String url;
		String user;
		String password;
		if (db.name().equals("h2")) {
			// an in-memory database lives in the heap of the JVM that holds it: the child uses a file database
			Path directory = Files.createDirectories(Path.of("target", "stream-memory"));
			Files.deleteIfExists(directory.resolve("h2.mv.db"));
			url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("h2") + ";DB_CLOSE_DELAY=-1;CACHE_SIZE=4096";
			user = "sa";
			password = "";
		}
		else {
			db.reset();
			HikariDataSource pool = (HikariDataSource) db.rawDataSource();
			url = pool.getJdbcUrl();
			user = pool.getUsername();
			password = (pool.getPassword() != null) ? pool.getPassword() : "";
		}
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx96m", "-cp", System.getProperty("java.class.path"), StreamMemoryCheck.class.getName(), url, user,
				password, "200000")
			.redirectErrorStream(true)
			.start();
		String output;
		try (InputStream in = child.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
		System.out.println("stream on " + db.name() + ": " + output.lines().filter((line) -> line.startsWith("streamed"))
			.findFirst().orElse(output));
		assertThat(child.exitValue()).as(output).isZero();
		assertThat(output).contains("streamed 200000 users with 200000 posts in order");
	}

	/**
	 * Counts the connections taken and not yet given back.
	 */
	private static final class ConnectionCounting extends DelegatingDataSource {

		final AtomicInteger opened = new AtomicInteger();

		final AtomicInteger open = new AtomicInteger();

		ConnectionCounting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = super.getConnection();
			this.opened.incrementAndGet();
			this.open.incrementAndGet();
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().equals("close")) {
							this.open.decrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (java.lang.reflect.InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
