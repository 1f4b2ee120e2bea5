package dev.association.benchmarks;

import java.util.function.Function;

import dev.association.benchmarks.graph.Shape;

/**
 * The workloads of {@code shared/bench/README.md}: what each loads, the shape of its result, and the statements the
 * floor needs (one for the root and its to-one joins, plus one per to-many include).
 */
public enum Workload {

	/** 1,000 users ordered by id, each with its profile. */
	W1("1,000 users + profile (1:1)", Shape.USER.with("profile", Shape.PROFILE), 1, BlogQueries::usersWithProfile),

	/** 1,000 users ordered by id, each with all its posts. */
	W2("1,000 users + posts (1:n)", Shape.USER.with("posts", Shape.POST), 2, BlogQueries::usersWithPosts),

	/** 200 users ordered by id, their posts, the posts' comments and each comment's commenter. */
	W3("200 users + posts + comments + commenter (3 levels)",
			Shape.USER.with("posts", Shape.POST.with("comments", Shape.COMMENT.with("commenter", Shape.USER))), 3,
			BlogQueries::usersWithPostsCommentsCommenters),

	/** 1,000 users ordered by id, each with its roles. */
	W4("1,000 users + roles (n:m)", Shape.USER.with("roles", Shape.ROLE), 2, BlogQueries::usersWithRoles),

	/** 1,000 posts ordered by id, each with author, tags and comments. */
	W5("1,000 posts + author, tags, comments (mixed)",
			Shape.POST.with("author", Shape.USER).with("tags", Shape.TAG).with("comments", Shape.COMMENT), 3,
			BlogQueries::postsWithAuthorTagsComments),

	/** 1,000 users ordered by id, each with its 3 latest posts. */
	W6("1,000 users + 3 latest posts (per-parent limit)", Shape.USER.with("posts", Shape.POST), 2,
			BlogQueries::usersWithLatestPosts),

	/** One user by primary key with profile, posts and roles. */
	W7("1 user by pk + profile, posts, roles (point lookup)",
			Shape.USER.with("profile", Shape.PROFILE).with("posts", Shape.POST).with("roles", Shape.ROLE), 3,
			BlogQueries::userByPrimaryKey);

	/** Users in W1, W2, W4, W6. */
	public static final int USERS = 1000;

	/** Users in W3. */
	public static final int USERS_DEEP = 200;

	/** Posts in W5. */
	public static final int POSTS = 1000;

	/** Latest posts per user in W6. */
	public static final int LATEST_POSTS = 3;

	private final String description;

	private final Shape shape;

	private final int expectedStatements;

	private final Function<BlogQueries, Object> query;

	Workload(String description, Shape shape, int expectedStatements, Function<BlogQueries, Object> query) {
		this.description = description;
		this.shape = shape;
		this.expectedStatements = expectedStatements;
		this.query = query;
	}

	/**
	 * The user that W7 looks up, at scale N.
	 * @param users N
	 * @return the user id
	 */
	public static long pointLookupUserId(int users) {
		return Math.max(1, Math.min(4242, users / 2));
	}

	/**
	 * What the workload loads, for tables.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The shape of one result row.
	 * @return the shape
	 */
	public Shape shape() {
		return this.shape;
	}

	/**
	 * Statements per operation the include tree calls for: to-many includes plus one.
	 * @return the statement count
	 */
	public int expectedStatements() {
		return this.expectedStatements;
	}

	/**
	 * Runs the workload on an implementation.
	 * @param queries the implementation
	 * @return its result
	 */
	public Object run(BlogQueries queries) {
		return this.query.apply(queries);
	}

}
