package dev.association.benchmarks.multilevel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.association.benchmarks.data.MultilevelDataSet;
import dev.association.benchmarks.multilevel.model.Post;
import dev.association.benchmarks.multilevel.model.PostComment;
import dev.association.benchmarks.multilevel.model.Tag;
import dev.association.benchmarks.multilevel.model.User;
import dev.association.benchmarks.multilevel.model.UserVote;

/**
 * The floor of W8, hand-written JDBC doing only the work the result needs, in the form of the blog floor
 * ({@link dev.association.benchmarks.jdbc.JdbcBlogQueries}): four statements on one connection, one per level plus
 * the root, each to-many level by {@code = ANY(?)} over the parents' keys; the vote's user, a to-one, joined into
 * the votes' statement (its key is the foreign key already read); the tags joined through {@code ml_post_tags}. Only
 * the root is ordered. Fewer statements would read columns again: a JOIN of posts and comments repeats each post's
 * columns on its 20 comment rows, a JOIN of comments and tags multiplies the two collections.
 */
public final class JdbcMultilevelQueries implements MultilevelQueries {

	private static final String POSTS = "select p.id, p.title from ml_posts p where p.id between ? and ? order by p.id";

	private static final String COMMENTS_OF_POSTS = "select c.id, c.post_id, c.review from ml_post_comments c"
			+ " where c.post_id = any(?)";

	private static final String VOTES_WITH_USER = "select v.id, v.comment_id, v.user_id, v.score, u.first_name,"
			+ " u.last_name from ml_user_votes v join ml_users u on u.id = v.user_id where v.comment_id = any(?)";

	private static final String TAGS_OF_POSTS = "select pt.post_id, t.id, t.name from ml_post_tags pt"
			+ " join ml_tags t on t.id = pt.tag_id where pt.post_id = any(?)";

	private final DataSource dataSource;

	/**
	 * The floor on a data source.
	 * @param dataSource the data source
	 */
	public JdbcMultilevelQueries(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public List<Post> postsWithCommentsVotesTags() {
		try (Connection connection = this.dataSource.getConnection()) {
			List<Post> posts = new ArrayList<>(Multilevel.POSTS);
			Map<Long, Post> postsById = new HashMap<>(Multilevel.POSTS * 2);
			try (PreparedStatement statement = connection.prepareStatement(POSTS)) {
				statement.setLong(1, Multilevel.FIRST_POST_ID);
				statement.setLong(2, Multilevel.LAST_POST_ID);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Post post = new Post();
						post.id = rs.getLong(1);
						post.title = rs.getString(2);
						post.comments = new ArrayList<>();
						post.tags = new ArrayList<>();
						posts.add(post);
						postsById.put(post.id, post);
					}
				}
			}
			Array postIds = ids(connection, postsById);
			Map<Long, PostComment> commentsById = new HashMap<>(postsById.size() * MultilevelDataSet.COMMENTS_PER_POST * 2);
			try (PreparedStatement statement = connection.prepareStatement(COMMENTS_OF_POSTS)) {
				statement.setArray(1, postIds);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						PostComment comment = new PostComment();
						comment.id = rs.getLong(1);
						comment.postId = rs.getLong(2);
						comment.review = rs.getString(3);
						comment.votes = new ArrayList<>();
						postsById.get(comment.postId).comments.add(comment);
						commentsById.put(comment.id, comment);
					}
				}
			}
			try (PreparedStatement statement = connection.prepareStatement(VOTES_WITH_USER)) {
				statement.setArray(1, ids(connection, commentsById));
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						commentsById.get(rs.getLong(2)).votes.add(vote(rs));
					}
				}
			}
			try (PreparedStatement statement = connection.prepareStatement(TAGS_OF_POSTS)) {
				statement.setArray(1, postIds);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Tag tag = new Tag();
						tag.id = rs.getLong(2);
						tag.name = rs.getString(3);
						postsById.get(rs.getLong(1)).tags.add(tag);
					}
				}
			}
			return posts;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static UserVote vote(ResultSet rs) throws SQLException {
		UserVote vote = new UserVote();
		vote.id = rs.getLong(1);
		vote.commentId = rs.getLong(2);
		vote.userId = rs.getLong(3);
		vote.score = rs.getInt(4);
		User user = new User();
		user.id = vote.userId;
		user.firstName = rs.getString(5);
		user.lastName = rs.getString(6);
		vote.user = user;
		return vote;
	}

	private static Array ids(Connection connection, Map<Long, ?> byId) throws SQLException {
		return connection.createArrayOf("bigint", byId.keySet().toArray(Long[]::new));
	}

}
