package dev.association.benchmarks.data;

/**
 * The deterministic data set of the multilevel workload (W8), the shape of Vlad Mihalcea's
 * high-performance-spring-persistence demo: 200 users, 1,000 posts, 20 comments per post, 5 votes per comment (each
 * by a different user), 100 tags and 20 tags per post. Every value is a function of the row's position, so two
 * generations are identical. Its tables ({@code ml_*}) live beside the blog tables in the same database.
 */
public final class MultilevelDataSet {

	/** Users in total. */
	public static final int USERS = 200;

	/** Posts in total. */
	public static final int POSTS = 1000;

	/** Comments per post. */
	public static final int COMMENTS_PER_POST = 20;

	/** Votes per comment. */
	public static final int VOTES_PER_COMMENT = 5;

	/** Tags in total. */
	public static final int TAGS = 100;

	/** Tags per post. */
	public static final int TAGS_PER_POST = 20;

	private MultilevelDataSet() {
	}

	static void users(RowSink sink) throws Exception {
		for (long u = 1; u <= USERS; u++) {
			sink.row(u, "First" + u, "Last" + u);
		}
	}

	static void posts(RowSink sink) throws Exception {
		for (long p = 1; p <= POSTS; p++) {
			sink.row(p, "High-Performance Java Persistence, part " + p);
		}
	}

	static void comments(RowSink sink) throws Exception {
		for (long p = 1; p <= POSTS; p++) {
			for (int j = 0; j < COMMENTS_PER_POST; j++) {
				long id = (p - 1) * COMMENTS_PER_POST + j + 1;
				sink.row(id, p, "Review " + j + " of part " + p + ": " + ((id % 3 == 0) ? "excellent" : "good"));
			}
		}
	}

	static void votes(RowSink sink) throws Exception {
		long comments = (long) POSTS * COMMENTS_PER_POST;
		for (long c = 1; c <= comments; c++) {
			for (int k = 0; k < VOTES_PER_COMMENT; k++) {
				long id = (c - 1) * VOTES_PER_COMMENT + k + 1;
				// 41 k mod 200 is distinct for k < 5: the five voters of a comment are five users
				long user = (c * 7 + k * 41) % USERS + 1;
				sink.row(id, c, user, ((c + k) % 3 == 0) ? -1 : 1);
			}
		}
	}

	static void tags(RowSink sink) throws Exception {
		for (long t = 1; t <= TAGS; t++) {
			sink.row(t, "tag-" + t);
		}
	}

	static void postTags(RowSink sink) throws Exception {
		for (long p = 1; p <= POSTS; p++) {
			for (int k = 0; k < TAGS_PER_POST; k++) {
				// 5 k is distinct mod 100 for k < 20
				sink.row(p, (p + k * 5) % TAGS + 1);
			}
		}
	}

}
