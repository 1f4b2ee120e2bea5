package dev.association.benchmarks.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.association.benchmarks.model.Comment;
import dev.association.benchmarks.model.Post;
import dev.association.benchmarks.model.Profile;
import dev.association.benchmarks.model.Role;
import dev.association.benchmarks.model.User;

/**
 * The floor's row readers: each reads one model object from consecutive columns of a row, every column once.
 */
final class BlogRows {

	private final FloorDialect dialect;

	BlogRows(FloorDialect dialect) {
		this.dialect = dialect;
	}

	User user(ResultSet rs, int column) throws SQLException {
		User user = new User();
		user.id = rs.getLong(column);
		user.username = rs.getString(column + 1);
		user.email = rs.getString(column + 2);
		user.createdAt = this.dialect.instant(rs, column + 3);
		return user;
	}

	/**
	 * A user read through a foreign key: its id is the key already read, its other columns start at {@code column}.
	 */
	User joinedUser(ResultSet rs, int column, long id) throws SQLException {
		User user = new User();
		user.id = id;
		user.username = rs.getString(column);
		user.email = rs.getString(column + 1);
		user.createdAt = this.dialect.instant(rs, column + 2);
		return user;
	}

	Profile profile(ResultSet rs, int column, long userId) throws SQLException {
		long id = rs.getLong(column);
		if (rs.wasNull()) {
			return null;
		}
		Profile profile = new Profile();
		profile.id = id;
		profile.userId = userId;
		profile.bio = rs.getString(column + 1);
		return profile;
	}

	Post post(ResultSet rs, int column) throws SQLException {
		Post post = new Post();
		post.id = rs.getLong(column);
		post.authorId = nullableLong(rs, column + 1);
		post.title = rs.getString(column + 2);
		post.body = rs.getString(column + 3);
		post.published = rs.getBoolean(column + 4);
		post.createdAt = this.dialect.instant(rs, column + 5);
		return post;
	}

	Comment comment(ResultSet rs, int column) throws SQLException {
		Comment comment = new Comment();
		comment.id = rs.getLong(column);
		comment.postId = nullableLong(rs, column + 1);
		comment.commenterId = nullableLong(rs, column + 2);
		comment.body = rs.getString(column + 3);
		comment.createdAt = this.dialect.instant(rs, column + 4);
		return comment;
	}

	Role role(ResultSet rs, int column) throws SQLException {
		Role role = new Role();
		role.id = rs.getLong(column);
		role.name = rs.getString(column + 1);
		return role;
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
