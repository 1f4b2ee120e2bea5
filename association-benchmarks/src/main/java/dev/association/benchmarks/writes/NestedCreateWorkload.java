package dev.association.benchmarks.writes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.association.Associations;
import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;
import dev.association.benchmarks.data.StatementCountingDataSource;
import dev.association.benchmarks.model.Comment;
import dev.association.benchmarks.model.Post;
import dev.association.benchmarks.model.Profile;
import dev.association.benchmarks.model.Role;
import dev.association.benchmarks.model.Tag;
import dev.association.benchmarks.model.User;
import dev.association.query.Include;
import dev.association.repository.AssociationRepository;

/**
 * The nested-create workload: users, each with a profile, five posts and two of ten existing roles, inserted with
 * every generated key read back, by {@code association}'s {@code bulkCreate(users, include)} or by hand-written JDBC
 * batches (one batch per table, keys read back, one transaction). Its tables are created by the engine in their own
 * place: a fresh in-memory H2 database, or the PostgreSQL schema {@code nested_create} of the database named by
 * {@code bench.writes.url} / {@code ASSOCIATION_BENCH_WRITES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/association_bench}), so that the eager-loading data set is never touched.
 */
public final class NestedCreateWorkload implements AutoCloseable {

	/** Posts per user. */
	public static final int POSTS = 5;

	/** Roles, each user having two of them. */
	public static final int ROLES = 10;

	private static final String SCHEMA = "nested_create";

	private final HikariDataSource pool;

	private final StatementCountingDataSource dataSource;

	private final AssociationRepository<User, Long> users;

	private List<Role> roles = List.of();

	private NestedCreateWorkload(HikariDataSource pool) {
		this.pool = pool;
		this.dataSource = new StatementCountingDataSource(pool);
		Associations associations = Associations.builder()
			.dataSource(this.dataSource)
			.models(User.class, Profile.class, Post.class, Role.class, Comment.class, Tag.class)
			.startupReport(false)
			.build();
		associations.schema().create();
		this.users = associations.repository(User.class);
	}

	/**
	 * Connects and creates the workload's tables when they are missing.
	 * @param kind the database: PostgreSQL or H2
	 * @return the workload
	 * @throws SQLException when the database cannot be reached
	 */
	public static NestedCreateWorkload open(DatabaseKind kind) throws SQLException {
		if (kind == DatabaseKind.MARIADB) {
			throw new IllegalArgumentException("NestedCreateBenchmark runs on postgres or h2");
		}
		HikariConfig config = new HikariConfig();
		config.setMaximumPoolSize(2);
		if (kind == DatabaseKind.POSTGRES) {
			String url = BenchmarkDatabase.setting("bench.writes.url", "ASSOCIATION_BENCH_WRITES_URL",
					"jdbc:postgresql://127.0.0.1:5432/association_bench");
			config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
			config.setUsername(BenchmarkDatabase.setting("bench.postgres.user", "ASSOCIATION_BENCH_USER", "postgres"));
			config.setPassword(BenchmarkDatabase.setting("bench.postgres.password", "ASSOCIATION_BENCH_PASSWORD", ""));
		}
		else {
			config.setJdbcUrl("jdbc:h2:mem:nested-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
			config.setUsername("sa");
			config.setPassword("");
		}
		HikariDataSource pool = new HikariDataSource(config);
		try {
			if (kind == DatabaseKind.POSTGRES) {
				try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
					statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
				}
			}
			return new NestedCreateWorkload(pool);
		}
		catch (SQLException | RuntimeException ex) {
			pool.close();
			throw ex;
		}
	}

	/**
	 * The data source both implementations write through, counting statements.
	 * @return the data source
	 */
	public StatementCountingDataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Empties the tables and inserts the ten roles the users are given.
	 * @throws SQLException on a database error
	 */
	public void reset() throws SQLException {
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : List.of("user_roles", "post_tags", "comments", "posts", "profiles", "users", "roles",
					"tags")) {
				statement.execute("DELETE FROM " + table);
			}
			List<Role> inserted = new ArrayList<>();
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO roles (name) VALUES (?)",
					new String[] { "id" })) {
				for (int i = 0; i < ROLES; i++) {
					Role role = new Role();
					role.name = "role " + i;
					insert.setString(1, role.name);
					insert.addBatch();
					inserted.add(role);
				}
				insert.executeBatch();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					for (Role role : inserted) {
						keys.next();
						role.id = keys.getLong(1);
					}
				}
			}
			this.roles = inserted;
		}
	}

	/**
	 * A new graph to insert: users, each with a profile, {@value #POSTS} posts and two of the roles (instances with
	 * their keys, so they are linked, not inserted).
	 * @param count the number of users
	 * @return the users
	 */
	public List<User> graph(int count) {
		List<User> graph = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			User user = new User();
			user.username = "user" + i;
			user.email = "user" + i + "@example.com";
			Profile profile = new Profile();
			profile.bio = "bio of user" + i;
			user.profile = profile;
			user.posts = new ArrayList<>(POSTS);
			for (int p = 0; p < POSTS; p++) {
				Post post = new Post();
				post.title = "post " + p + " of user" + i;
				post.body = "body " + p;
				post.published = p % 2 == 0;
				user.posts.add(post);
			}
			user.roles = List.of(this.roles.get(i % ROLES), this.roles.get((i + 3) % ROLES));
			graph.add(user);
		}
		return graph;
	}

	/**
	 * Inserts a graph with {@code association}: one {@code bulkCreate} with the profile, posts and roles included.
	 * @param graph the users
	 * @return the users, with every key set
	 */
	public List<User> createWithAssociation(List<User> graph) {
		return this.users.bulkCreate(graph, Include.of("profile"), Include.of("posts"), Include.of("roles"));
	}

	/**
	 * Inserts a graph with hand-written JDBC: one batch per table in one transaction, every generated key read back.
	 * @param graph the users
	 * @return the users, with every key set
	 * @throws SQLException on a database error
	 */
	public List<User> createWithJdbc(List<User> graph) throws SQLException {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		OffsetDateTime time = now.atOffset(ZoneOffset.UTC);
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO users (username, email, created_at) VALUES (?, ?, ?)", new String[] { "id" })) {
					for (User user : graph) {
						user.createdAt = now;
						insert.setString(1, user.username);
						insert.setString(2, user.email);
						insert.setObject(3, time);
						insert.addBatch();
					}
					insert.executeBatch();
					try (ResultSet keys = insert.getGeneratedKeys()) {
						for (User user : graph) {
							keys.next();
							user.id = keys.getLong(1);
						}
					}
				}
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO profiles (user_id, bio) VALUES (?, ?)", new String[] { "id" })) {
					for (User user : graph) {
						user.profile.userId = user.id;
						insert.setLong(1, user.id);
						insert.setString(2, user.profile.bio);
						insert.addBatch();
					}
					insert.executeBatch();
					try (ResultSet keys = insert.getGeneratedKeys()) {
						for (User user : graph) {
							keys.next();
							user.profile.id = keys.getLong(1);
						}
					}
				}
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO posts (author_id, title, body, "
						+ "published, created_at) VALUES (?, ?, ?, ?, ?)", new String[] { "id" })) {
					for (User user : graph) {
						for (Post post : user.posts) {
							post.authorId = user.id;
							post.createdAt = now;
							insert.setLong(1, user.id);
							insert.setString(2, post.title);
							insert.setString(3, post.body);
							insert.setBoolean(4, post.published);
							insert.setObject(5, time);
							insert.addBatch();
						}
					}
					insert.executeBatch();
					try (ResultSet keys = insert.getGeneratedKeys()) {
						for (User user : graph) {
							for (Post post : user.posts) {
								keys.next();
								post.id = keys.getLong(1);
							}
						}
					}
				}
				try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)")) {
					for (User user : graph) {
						for (Role role : user.roles) {
							insert.setLong(1, user.id);
							insert.setLong(2, role.id);
							insert.addBatch();
						}
					}
					insert.executeBatch();
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		return graph;
	}

	/**
	 * The rows written, keys replaced by what they point at, for comparing two implementations' writes.
	 * @return one line per row, table by table, sorted
	 * @throws SQLException on a database error
	 */
	public List<String> rows() throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			read(statement, rows, "users", "SELECT username, email, created_at IS NOT NULL FROM users ORDER BY username");
			read(statement, rows, "profiles", "SELECT u.username, p.bio FROM profiles p JOIN users u "
					+ "ON u.id = p.user_id ORDER BY u.username");
			read(statement, rows, "posts", "SELECT u.username, p.title, p.body, p.published, p.created_at IS NOT NULL "
					+ "FROM posts p JOIN users u ON u.id = p.author_id ORDER BY u.username, p.title");
			read(statement, rows, "user_roles", "SELECT u.username, r.name FROM user_roles ur JOIN users u "
					+ "ON u.id = ur.user_id JOIN roles r ON r.id = ur.role_id ORDER BY u.username, r.name");
			read(statement, rows, "roles", "SELECT name FROM roles ORDER BY name");
		}
		return rows;
	}

	private static void read(Statement statement, List<String> rows, String table, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder(table);
				for (int i = 1; i <= columns; i++) {
					row.append(" | ").append(result.getString(i));
				}
				rows.add(row.toString());
			}
		}
	}

	@Override
	public void close() {
		this.pool.close();
	}

}
