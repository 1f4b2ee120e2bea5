package dev.association.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Seeds;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A blog of the seed models inserted with plain JDBC, remembered in memory so that tests can compare loaded graphs
 * with what was inserted. Deterministic: user {@code i} has {@code i % 4} posts, a profile unless {@code i % 3 == 0},
 * role admin when even and editor when divisible by 3; post {@code p} has {@code p % 3} comments (and one article
 * comment with the same commentable id, which the scope must filter out) and tags.
 */
final class BlogFixture {

	static final List<String> ROLES = List.of("admin", "editor", "viewer");

	static final List<String> TAGS = List.of("java", "sql", "spring", "jdbc");

	final Associations associations;

	final Map<Long, UserRow> users = new LinkedHashMap<>();

	final Map<Long, String> profiles = new LinkedHashMap<>();

	final Map<Long, PostRow> posts = new LinkedHashMap<>();

	final Map<Long, CommentRow> comments = new LinkedHashMap<>();

	final Map<Long, List<String>> rolesByUser = new LinkedHashMap<>();

	final Map<Long, List<String>> tagsByPost = new LinkedHashMap<>();

	private BlogFixture(Associations associations) {
		this.associations = associations;
	}

	/**
	 * Resets the database, creates the seed schema and inserts a blog of {@code userCount} users.
	 */
	static BlogFixture create(TestDatabase db, int userCount) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.build();
		associations.schema().create();
		BlogFixture fixture = new BlogFixture(associations);
		fixture.insert(db.jdbc(), userCount);
		db.statements().reset();
		return fixture;
	}

	<T> AssociationRepository<T, Long> repository(Class<T> type) {
		return this.associations.repository(type);
	}

	private void insert(JdbcTemplate jdbc, int userCount) {
		List<Object[]> userRows = new ArrayList<>();
		List<Object[]> profileRows = new ArrayList<>();
		List<Object[]> postRows = new ArrayList<>();
		List<Object[]> commentRows = new ArrayList<>();
		List<Object[]> userRoleRows = new ArrayList<>();
		List<Object[]> postTagRows = new ArrayList<>();
		long postId = 0;
		long commentId = 0;
		for (long u = 1; u <= userCount; u++) {
			UserRow user = new UserRow(u, String.format("user%05d", u), u % 5 != 0);
			this.users.put(u, user);
			userRows.add(new Object[] { u, user.username(), user.username() + "@example.com", user.active() });
			if (u % 3 != 0) {
				this.profiles.put(u, "bio of " + user.username());
				profileRows.add(new Object[] { u, u, "bio of " + user.username() });
			}
			List<String> roles = new ArrayList<>();
			if (u % 2 == 0) {
				roles.add("admin");
				userRoleRows.add(new Object[] { u, 1L });
			}
			if (u % 3 == 0) {
				roles.add("editor");
				userRoleRows.add(new Object[] { u, 2L });
			}
			this.rolesByUser.put(u, roles);
			for (int k = 0; k < u % 4; k++) {
				postId++;
				// titles sort against the ids: the last post of a user has the smallest title
				PostRow post = new PostRow(postId, u, "post " + (char) ('z' - k) + " of " + user.username(), k % 2 == 0);
				this.posts.put(postId, post);
				postRows.add(new Object[] { postId, u, post.title(), post.published() });
				for (int c = 0; c < postId % 3; c++) {
					commentId++;
					long commenter = ((postId + c) % userCount) + 1;
					CommentRow comment = new CommentRow(commentId, postId, commenter, "comment " + commentId);
					this.comments.put(commentId, comment);
					commentRows.add(new Object[] { commentId, postId, "post", commenter, comment.body() });
				}
				commentId++;
				commentRows.add(new Object[] { commentId, postId, "article", u, "article comment " + commentId });
				List<String> tags = new ArrayList<>();
				if (postId % 2 == 0) {
					tags.add(TAGS.get((int) (postId % 4)));
					tags.add(TAGS.get((int) ((postId + 1) % 4)));
					postTagRows.add(new Object[] { postId, postId % 4 + 1 });
					postTagRows.add(new Object[] { postId, (postId + 1) % 4 + 1 });
				}
				this.tagsByPost.put(postId, tags);
			}
		}
		for (int i = 0; i < ROLES.size(); i++) {
			jdbc.update("INSERT INTO roles (id, name) VALUES (?, ?)", i + 1L, ROLES.get(i));
		}
		for (int i = 0; i < TAGS.size(); i++) {
			jdbc.update("INSERT INTO tags (id, name) VALUES (?, ?)", i + 1L, TAGS.get(i));
		}
		jdbc.batchUpdate("INSERT INTO users (id, username, email, active) VALUES (?, ?, ?, ?)", userRows);
		jdbc.batchUpdate("INSERT INTO profiles (id, user_id, bio) VALUES (?, ?, ?)", profileRows);
		jdbc.batchUpdate("INSERT INTO posts (id, author_id, title, published) VALUES (?, ?, ?, ?)", postRows);
		jdbc.batchUpdate("INSERT INTO comments (id, commentable_id, commentable_type, commenter_id, body) "
				+ "VALUES (?, ?, ?, ?, ?)", commentRows);
		jdbc.batchUpdate("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)", userRoleRows);
		jdbc.batchUpdate("INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)", postTagRows);
	}

	List<PostRow> postsOf(long userId) {
		return this.posts.values().stream().filter((p) -> p.authorId() == userId).toList();
	}

	List<CommentRow> commentsOf(long postId) {
		return this.comments.values().stream().filter((c) -> c.postId() == postId).toList();
	}

	record UserRow(long id, String username, boolean active) {
	}

	record PostRow(long id, long authorId, String title, boolean published) {
	}

	record CommentRow(long id, long postId, long commenterId, String body) {
	}

}
