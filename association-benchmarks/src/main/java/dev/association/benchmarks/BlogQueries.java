package dev.association.benchmarks;

import java.util.List;

/**
 * The seven workloads, as one implementation (hand-written JDBC, {@code association}, Hibernate) answers them. Every
 * method materialises the full object graph; results are compared through
 * {@link dev.association.benchmarks.graph.CanonicalGraph}.
 */
public interface BlogQueries extends AutoCloseable {

	/**
	 * W1: 1,000 users ordered by id, each with its profile.
	 * @return the users
	 */
	List<?> usersWithProfile();

	/**
	 * W2: 1,000 users ordered by id, each with all its posts.
	 * @return the users
	 */
	List<?> usersWithPosts();

	/**
	 * W3: 200 users ordered by id, with posts, their comments, and each comment's commenter.
	 * @return the users
	 */
	default List<?> usersWithPostsCommentsCommenters() {
		return usersWithPostsCommentsCommenters(Workload.USERS_DEEP);
	}

	/**
	 * W3 at another scale (the scaling benchmark): the first {@code users} users ordered by id, with posts, their
	 * comments, and each comment's commenter.
	 * @param users how many users
	 * @return the users
	 */
	List<?> usersWithPostsCommentsCommenters(int users);

	/**
	 * W4: 1,000 users ordered by id, each with its roles.
	 * @return the users
	 */
	List<?> usersWithRoles();

	/**
	 * W5: 1,000 posts ordered by id, each with its author, tags and comments.
	 * @return the posts
	 */
	List<?> postsWithAuthorTagsComments();

	/**
	 * W6: 1,000 users ordered by id, each with its 3 latest posts.
	 * @return the users
	 */
	List<?> usersWithLatestPosts();

	/**
	 * W7: one user by primary key with profile, posts and roles.
	 * @return the user
	 */
	Object userByPrimaryKey();

	@Override
	default void close() {
	}

}
