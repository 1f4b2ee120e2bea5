package dev.association.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.benchmarks.model.Comment;
import dev.association.benchmarks.model.Post;
import dev.association.benchmarks.model.Profile;
import dev.association.benchmarks.model.Role;
import dev.association.benchmarks.model.Tag;
import dev.association.benchmarks.model.User;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

/**
 * The query-surface workloads, through {@code association} and by hand: a window of 100 users by keyset (the first
 * window, and the window after user 9,000) and by offset, and the users with a post whose title is like a pattern,
 * each with its profile (a path condition, against the hand-written {@code EXISTS}).
 */
public final class QuerySurfaceQueries {

	/** The window size. */
	public static final int WINDOW = 100;


	/** The users with a post whose title is like this: ids starting with 7 (1,111 of 10,000, of which 1,000 read). */
	public static final String TITLE_PATTERN = "%of user 7%";

	private static final Find WINDOW_OF_USERS = Find.all().order("id").limit(WINDOW);

	private static final Find USERS_BY_POST_TITLE = Find.where(Where.like("posts.title", TITLE_PATTERN))
		.include("profile")
		.order("id")
		.limit(Workload.USERS);

	private static final String HAND_WRITTEN = "select u.id, u.username, u.email, u.created_at, pr.id, pr.user_id,"
			+ " pr.bio from users u left join profiles pr on pr.user_id = u.id where exists (select 1 from posts p"
			+ " where p.author_id = u.id and p.title like ?) order by u.id limit ?";

	private final DataSource dataSource;

	private final AssociationRepository<User, Long> users;

	private final long deep;

	/**
	 * Builds the engine on a data source.
	 * @param dataSource the data source
	 * @param userCount N: the deep window starts after row 0.9 N (9,000 of 10,000)
	 */
	public QuerySurfaceQueries(DataSource dataSource, int userCount) {
		this.dataSource = dataSource;
		this.deep = userCount * 9L / 10;
		this.users = Associations.builder()
			.dataSource(dataSource)
			.models(User.class, Profile.class, Post.class, Comment.class, Role.class, Tag.class)
			.build()
			.repository(User.class);
	}

	/**
	 * The first keyset window of users by id.
	 * @return the window
	 */
	public Window<User> firstKeysetWindow() {
		return this.users.scroll(WINDOW_OF_USERS, ScrollPosition.keyset());
	}

	/**
	 * The keyset window after the user at row 0.9 N (ids are 1 to N, so that user's id is 0.9 N).
	 * @return the window
	 */
	public Window<User> deepKeysetWindow() {
		return this.users.scroll(WINDOW_OF_USERS, ScrollPosition.forward(Map.of("id", this.deep)));
	}

	/**
	 * The window after row 0.9 N by OFFSET.
	 * @return the window
	 */
	public Window<User> deepOffsetWindow() {
		return this.users.scroll(WINDOW_OF_USERS, ScrollPosition.offset(this.deep - 1));
	}

	/**
	 * The users with a post titled like {@link #TITLE_PATTERN}, with their profiles, by a path condition.
	 * @return the users
	 */
	public List<User> usersByPostTitle() {
		return this.users.findAll(USERS_BY_POST_TITLE);
	}

	/**
	 * The same users by hand-written SQL.
	 * @return the users
	 */
	public List<User> usersByPostTitleByHand() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(HAND_WRITTEN)) {
			statement.setString(1, TITLE_PATTERN);
			statement.setInt(2, Workload.USERS);
			List<User> users = new ArrayList<>(Workload.USERS);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					User user = new User();
					user.id = rs.getLong(1);
					user.username = rs.getString(2);
					user.email = rs.getString(3);
					OffsetDateTime createdAt = rs.getObject(4, OffsetDateTime.class);
					user.createdAt = (createdAt != null) ? createdAt.toInstant() : null;
					long profileId = rs.getLong(5);
					if (!rs.wasNull()) {
						Profile profile = new Profile();
						profile.id = profileId;
						profile.userId = rs.getLong(6);
						profile.bio = rs.getString(7);
						user.profile = profile;
					}
					users.add(user);
				}
			}
			return users;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
