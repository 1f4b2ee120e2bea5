package dev.association.execution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The child process of {@link StreamIntegrationTests}: on a small heap, creates the seed schema, inserts N users with
 * one post each (users in multi-row batches, posts in one INSERT ... SELECT), streams every user with its posts and checks order and contents. Prints
 * {@code streamed <users> users with <posts> posts in order} and the heap in use after each fifth of the rows, or
 * fails with a non-zero exit.
 */
public final class StreamMemoryCheck {

	private static final int ROWS_PER_STATEMENT = 500;

	private StreamMemoryCheck() {
	}

	/**
	 * Runs the check.
	 * @param args JDBC URL, user, password, number of users
	 */
	public static void main(String[] args) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
		int users = Integer.parseInt(args[3]);
		Associations associations = Associations.builder()
			.dataSource(dataSource)
			.models(Seeds.MODELS.toArray(Class[]::new))
			.startupReport(false)
			.build();
		associations.schema().create();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		insert(jdbc, "INSERT INTO users (id, username, email, active) VALUES ", "(?, ?, ?, ?)", users,
				(id) -> new Object[] { id, "user" + id, "user" + id + "@example.com", true });
		jdbc.update("INSERT INTO posts (id, author_id, title, published) SELECT id, id, username, active FROM users");
		long streamed = 0;
		long posts = 0;
		long lastId = 0;
		StringJoiner heap = new StringJoiner(", ", "heap in use (MB): ", "");
		try (Stream<User> stream = associations.<User, Long>repository(User.class).stream(Find.all().include("posts"))) {
			Iterator<User> rows = stream.iterator();
			while (rows.hasNext()) {
				User user = rows.next();
				if (user.id <= lastId || user.posts.size() != 1) {
					throw new IllegalStateException("Out of order or without its post: user " + user.id);
				}
				Post post = user.posts.get(0);
				if (!post.id.equals(user.id) || !post.authorId.equals(user.id)) {
					throw new IllegalStateException("User " + user.id + " has post " + post.id);
				}
				lastId = user.id;
				streamed++;
				posts += user.posts.size();
				if (streamed % (users / 5) == 0) {
					System.gc();
					Runtime runtime = Runtime.getRuntime();
					heap.add(Long.toString((runtime.totalMemory() - runtime.freeMemory()) >> 20));
				}
			}
		}
		System.out.println("streamed " + streamed + " users with " + posts + " posts in order; " + heap);
	}

	private static void insert(JdbcTemplate jdbc, String head, String row, int count,
			java.util.function.LongFunction<Object[]> values) {
		for (int first = 1; first <= count; first += ROWS_PER_STATEMENT) {
			int rows = Math.min(ROWS_PER_STATEMENT, count - first + 1);
			StringJoiner sql = new StringJoiner(", ", head, "");
			List<Object> arguments = new ArrayList<>(rows * 4);
			for (int i = 0; i < rows; i++) {
				sql.add(row);
				arguments.addAll(List.of(values.apply(first + i)));
			}
			jdbc.update(sql.toString(), arguments.toArray());
		}
	}

}
