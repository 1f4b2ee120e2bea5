package dev.association.benchmarks.multilevel;

import javax.sql.DataSource;

import dev.association.benchmarks.Implementation;
import dev.association.benchmarks.graph.Shape;
import dev.association.benchmarks.multilevel.hibernate.HibernateMultilevelQueries;

/**
 * The multilevel workload W8, the shape of Vlad Mihalcea's high-performance-spring-persistence demo: 50 posts of
 * the 1,000 of {@link dev.association.benchmarks.data.MultilevelDataSet}, each with its 20 comments, each comment
 * with its 5 votes, each vote with its user (a to-one), and each post with its 20 tags (n:m through
 * {@code ml_post_tags}): 50 posts, 1,000 comments, 5,000 votes and users, 1,000 tags per operation.
 */
public final class Multilevel {

	/** The workload's name in tables and messages. */
	public static final String WORKLOAD = "W8";

	/** What it loads, for tables. */
	public static final String DESCRIPTION = "50 posts + comments + votes + voter, tags (multilevel)";

	/** Posts per operation. */
	public static final int POSTS = 50;

	/** The first post loaded: the 50 posts are a slice from the middle of the table. */
	public static final long FIRST_POST_ID = 501;

	/** The last post loaded. */
	public static final long LAST_POST_ID = FIRST_POST_ID + POSTS - 1;

	/**
	 * The floor's statements: the posts, their comments, the comments' votes joined to their users, the posts' tags
	 * through {@code ml_post_tags}.
	 */
	public static final int FLOOR_STATEMENTS = 4;

	/** A user's attributes. */
	public static final Shape USER = Shape.of("id", "firstName", "lastName");

	/** The shape of one post of the result. */
	public static final Shape SHAPE = Shape.of("id", "title")
		.with("comments",
				Shape.of("id", "postId", "review")
					.with("votes", Shape.of("id", "commentId", "userId", "score").with("user", USER)))
		.with("tags", Shape.of("id", "name"));

	private Multilevel() {
	}

	/**
	 * Sets an implementation of the workload up on a data source.
	 * @param implementation {@code jdbc}, {@code association} or {@code hibernate}
	 * @param dataSource the data source
	 * @return its queries
	 * @throws IllegalArgumentException for an implementation the workload does not have
	 */
	public static MultilevelQueries create(Implementation implementation, DataSource dataSource) {
		return switch (implementation) {
			case JDBC -> new JdbcMultilevelQueries(dataSource);
			case ASSOCIATION -> new AssociationMultilevelQueries(dataSource);
			case HIBERNATE -> new HibernateMultilevelQueries(dataSource);
			case ASSOCIATION_PARANOID -> throw new IllegalArgumentException(
					"The multilevel workload has no " + implementation.parameterName() + " implementation");
		};
	}

}
