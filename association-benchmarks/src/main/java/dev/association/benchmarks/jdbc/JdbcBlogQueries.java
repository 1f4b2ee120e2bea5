package dev.association.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.association.benchmarks.BlogQueries;
import dev.association.benchmarks.Workload;
import dev.association.benchmarks.jdbc.FloorDialect.KeyChunk;
import dev.association.benchmarks.model.Comment;
import dev.association.benchmarks.model.Post;
import dev.association.benchmarks.model.Tag;
import dev.association.benchmarks.model.User;

/**
 * The floor: hand-written JDBC that any ORM has to match, doing only the work the result needs. One statement with a
 * JOIN for the root and its to-one associations, one statement per to-many level with the parents' keys as one
 * {@code = ANY(?)} array on PostgreSQL and as an {@code IN (?, ?, ...)} list on MariaDB and H2 ({@link
 * FloorDialect}, split only past the driver's parameter limit), {@code ROW_NUMBER()} for per-parent limits,
 * stitched into the plain model objects through hash maps keyed by the parent id. To-many levels have no ORDER BY (children come in the order the database returns them; the graph comparison
 * sorts them) except where the result is ordered (the latest posts), and no column is read twice: a joined row's
 * key is the foreign key already read.
 */
public final class JdbcBlogQueries implements BlogQueries {

	private static final String USER_COLUMNS = "u.id, u.username, u.email, u.created_at";

	/** A joined user's columns without its key, which equals the foreign key read beside it. */
	private static final String USER_FIELDS = "u.username, u.email, u.created_at";

	private static final String POST_COLUMNS = "p.id, p.author_id, p.title, p.body, p.published, p.created_at";

	private static final String COMMENT_COLUMNS = "c.id, c.post_id, c.commenter_id, c.body, c.created_at";

	private static final String USERS = "select " + USER_COLUMNS + " from users u order by u.id limit ?";

	private static final String USERS_WITH_PROFILE = "select " + USER_COLUMNS + ", pr.id, pr.bio"
			+ " from users u left join profiles pr on pr.user_id = u.id";

	private static final String POSTS_OF_USERS = "select " + POST_COLUMNS
			+ " from posts p where p.author_id = any(?)";

	private static final String COMMENTS_WITH_COMMENTER = "select " + COMMENT_COLUMNS + ", " + USER_FIELDS
			+ " from comments c left join users u on u.id = c.commenter_id where c.post_id = any(?)";

	private static final String COMMENTS_OF_POSTS = "select " + COMMENT_COLUMNS
			+ " from comments c where c.post_id = any(?)";

	private static final String ROLES_OF_USERS = "select ur.user_id, r.id, r.name from user_roles ur"
			+ " join roles r on r.id = ur.role_id where ur.user_id = any(?)";

	private static final String TAGS_OF_POSTS = "select pt.post_id, t.id, t.name from post_tags pt"
			+ " join tags t on t.id = pt.tag_id where pt.post_id = any(?)";

	private static final String POSTS_WITH_AUTHOR = "select " + POST_COLUMNS + ", " + USER_FIELDS
			+ " from posts p left join users u on u.id = p.author_id order by p.id limit ?";

	private static final String LATEST_POSTS_OF_USERS = "select id, author_id, title, body, published, created_at"
			+ " from (select " + POST_COLUMNS + ", row_number() over (partition by p.author_id"
			+ " order by p.created_at desc) as rn from posts p where p.author_id = any(?)) ranked"
			+ " where rn <= ? order by author_id, created_at desc";

	private static final String POSTS_OF_USER = "select " + POST_COLUMNS
			+ " from posts p where p.author_id = ?";

	private static final String ROLES_OF_USER = "select ur.user_id, r.id, r.name from user_roles ur"
			+ " join roles r on r.id = ur.role_id where ur.user_id = ?";

	private final DataSource dataSource;

	private final long pointLookupUserId;

	private final FloorDialect dialect;

	private final BlogRows rows;

	/**
	 * The baseline on a data source.
	 * @param dataSource the data source
	 * @param pointLookupUserId the user W7 looks up
	 */
	public JdbcBlogQueries(DataSource dataSource, long pointLookupUserId) {
		this.dataSource = dataSource;
		this.pointLookupUserId = pointLookupUserId;
		try (Connection connection = dataSource.getConnection()) {
			this.dialect = FloorDialect.of(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.rows = new BlogRows(this.dialect);
	}

	@Override
	public List<User> usersWithProfile() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement(USERS_WITH_PROFILE + " order by u.id limit ?")) {
			statement.setInt(1, Workload.USERS);
			List<User> users = new ArrayList<>(Workload.USERS);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					User user = this.rows.user(rs, 1);
					user.profile = this.rows.profile(rs, 5, user.id);
					users.add(user);
				}
			}
			return users;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<User> usersWithPosts() {
		try (Connection connection = this.dataSource.getConnection()) {
			List<User> users = users(connection, Workload.USERS);
			loadPosts(connection, users, POSTS_OF_USERS, null);
			return users;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<User> usersWithPostsCommentsCommenters(int count) {
		try (Connection connection = this.dataSource.getConnection()) {
			List<User> users = users(connection, count);
			List<Post> posts = loadPosts(connection, users, POSTS_OF_USERS, null);
			Map<Long, Post> postsById = new HashMap<>(posts.size() * 2);
			Long[] postIds = new Long[posts.size()];
			for (int i = 0; i < postIds.length; i++) {
				Post post = posts.get(i);
				post.comments = new ArrayList<>();
				postsById.put(post.id, post);
				postIds[i] = post.id;
			}
			for (KeyChunk keys : this.dialect.keys(connection, postIds)) {
				try (PreparedStatement statement = keys.prepare(connection, COMMENTS_WITH_COMMENTER);
						ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Comment comment = this.rows.comment(rs, 1);
						comment.commenter = (comment.commenterId != null)
								? this.rows.joinedUser(rs, 6, comment.commenterId) : null;
						postsById.get(comment.postId).comments.add(comment);
					}
				}
			}
			return users;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<User> usersWithRoles() {
		try (Connection connection = this.dataSource.getConnection()) {
			List<User> users = users(connection, Workload.USERS);
			Map<Long, User> byId = new HashMap<>(users.size() * 2);
			Long[] userIds = new Long[users.size()];
			for (int i = 0; i < userIds.length; i++) {
				User user = users.get(i);
				user.roles = new ArrayList<>();
				byId.put(user.id, user);
				userIds[i] = user.id;
			}
			for (KeyChunk keys : this.dialect.keys(connection, userIds)) {
				try (PreparedStatement statement = keys.prepare(connection, ROLES_OF_USERS);
						ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						byId.get(rs.getLong(1)).roles.add(this.rows.role(rs, 2));
					}
				}
			}
			return users;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<Post> postsWithAuthorTagsComments() {
		try (Connection connection = this.dataSource.getConnection()) {
			List<Post> posts = new ArrayList<>(Workload.POSTS);
			try (PreparedStatement statement = connection.prepareStatement(POSTS_WITH_AUTHOR)) {
				statement.setInt(1, Workload.POSTS);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Post post = this.rows.post(rs, 1);
						post.author = (post.authorId != null) ? this.rows.joinedUser(rs, 7, post.authorId) : null;
						post.tags = new ArrayList<>();
						post.comments = new ArrayList<>();
						posts.add(post);
					}
				}
			}
			Map<Long, Post> byId = new HashMap<>(posts.size() * 2);
			Long[] postIds = new Long[posts.size()];
			for (int i = 0; i < postIds.length; i++) {
				byId.put(posts.get(i).id, posts.get(i));
				postIds[i] = posts.get(i).id;
			}
			List<KeyChunk> keys = this.dialect.keys(connection, postIds);
			for (KeyChunk chunk : keys) {
				try (PreparedStatement statement = chunk.prepare(connection, TAGS_OF_POSTS);
						ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Tag tag = new Tag();
						tag.id = rs.getLong(2);
						tag.name = rs.getString(3);
						byId.get(rs.getLong(1)).tags.add(tag);
					}
				}
			}
			for (KeyChunk chunk : keys) {
				try (PreparedStatement statement = chunk.prepare(connection, COMMENTS_OF_POSTS);
						ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Comment comment = this.rows.comment(rs, 1);
						byId.get(comment.postId).comments.add(comment);
					}
				}
			}
			return posts;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<User> usersWithLatestPosts() {
		try (Connection connection = this.dataSource.getConnection()) {
			List<User> users = users(connection, Workload.USERS);
			loadPosts(connection, users, LATEST_POSTS_OF_USERS, Workload.LATEST_POSTS);
			return users;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public User userByPrimaryKey() {
		try (Connection connection = this.dataSource.getConnection()) {
			User user;
			try (PreparedStatement statement = connection.prepareStatement(USERS_WITH_PROFILE + " where u.id = ?")) {
				statement.setLong(1, this.pointLookupUserId);
				try (ResultSet rs = statement.executeQuery()) {
					if (!rs.next()) {
						return null;
					}
					user = this.rows.user(rs, 1);
					user.profile = this.rows.profile(rs, 5, user.id);
				}
			}
			user.posts = new ArrayList<>();
			try (PreparedStatement statement = connection.prepareStatement(POSTS_OF_USER)) {
				statement.setLong(1, user.id);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						user.posts.add(this.rows.post(rs, 1));
					}
				}
			}
			user.roles = new ArrayList<>();
			try (PreparedStatement statement = connection.prepareStatement(ROLES_OF_USER)) {
				statement.setLong(1, user.id);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						user.roles.add(this.rows.role(rs, 2));
					}
				}
			}
			return user;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<User> users(Connection connection, int limit) throws SQLException {
		List<User> users = new ArrayList<>(limit);
		try (PreparedStatement statement = connection.prepareStatement(USERS)) {
			statement.setInt(1, limit);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					users.add(this.rows.user(rs, 1));
				}
			}
		}
		return users;
	}

	private List<Post> loadPosts(Connection connection, List<User> users, String sql, Integer perUser)
			throws SQLException {
		Map<Long, User> byId = new HashMap<>(users.size() * 2);
		Long[] userIds = new Long[users.size()];
		for (int i = 0; i < userIds.length; i++) {
			User user = users.get(i);
			user.posts = new ArrayList<>();
			byId.put(user.id, user);
			userIds[i] = user.id;
		}
		List<Post> posts = new ArrayList<>();
		for (KeyChunk keys : this.dialect.keys(connection, userIds)) {
			try (PreparedStatement statement = keys.prepare(connection, sql)) {
				if (perUser != null) {
					statement.setInt(keys.next(), perUser);
				}
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Post post = this.rows.post(rs, 1);
						byId.get(post.authorId).posts.add(post);
						posts.add(post);
					}
				}
			}
		}
		return posts;
	}

}
