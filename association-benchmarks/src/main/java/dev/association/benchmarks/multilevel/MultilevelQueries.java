package dev.association.benchmarks.multilevel;

import java.util.List;

/**
 * The multilevel workload W8 as one implementation answers it (see {@link Multilevel}). The method materialises the
 * full object graph; results are compared through {@link dev.association.benchmarks.graph.CanonicalGraph}.
 */
public interface MultilevelQueries extends AutoCloseable {

	/**
	 * W8: the posts {@link Multilevel#FIRST_POST_ID} to {@link Multilevel#LAST_POST_ID} ordered by id, each with its
	 * comments, each comment with its votes, each vote with its user, and each post with its tags.
	 * @return the posts
	 */
	List<?> postsWithCommentsVotesTags();

	@Override
	default void close() {
	}

}
