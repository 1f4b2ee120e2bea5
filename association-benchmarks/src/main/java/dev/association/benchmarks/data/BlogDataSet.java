package dev.association.benchmarks.data;

import java.time.Instant;

/**
 * The deterministic blog data set of {@code shared/bench/README.md} at scale N (users): N users and profiles,
 * 10 N posts, 50 N comments, 10 roles, 2 N user roles, 100 tags, 30 N post tags. Every value is a function of the
 * row's position, so two generations at the same N are identical. Post i of user u is published when (u + i) is
 * even; created_at values are distinct within each parent, and not in key order, so "latest" is well defined and
 * differs from "highest id".
 */
public final class BlogDataSet {

	/** Posts per user. */
	public static final int POSTS_PER_USER = 10;

	/** Comments per post. */
	public static final int COMMENTS_PER_POST = 5;

	/** Roles in total. */
	public static final int ROLES = 10;

	/** Tags in total. */
	public static final int TAGS = 100;

	private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

	private static final String TEXT = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
			+ "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
			+ "laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate.";

	private final int users;

	/**
	 * The data set at a scale.
	 * @param users N, the number of users
	 */
	public BlogDataSet(int users) {
		if (users < 1) {
			throw new IllegalArgumentException("The number of users must be positive, not " + users);
		}
		this.users = users;
	}

	/**
	 * N.
	 * @return the number of users
	 */
	public int users() {
		return this.users;
	}

	void users(RowSink sink) throws Exception {
		for (long u = 1; u <= this.users; u++) {
			sink.row(u, "user" + u, "user" + u + "@example.com", EPOCH.plusSeconds(u * 60));
		}
	}

	void profiles(RowSink sink) throws Exception {
		for (long u = 1; u <= this.users; u++) {
			sink.row(u, u, "Bio of user " + u + ". " + text(u, 40));
		}
	}

	void posts(RowSink sink) throws Exception {
		for (long u = 1; u <= this.users; u++) {
			for (int i = 0; i < POSTS_PER_USER; i++) {
				long id = (u - 1) * POSTS_PER_USER + i + 1;
				// (i * 7) % 10 is a permutation of 0..9: distinct per author, not in key order
				Instant createdAt = EPOCH.plusSeconds(u * 60).plusSeconds(3600L * (1 + (i * 7) % POSTS_PER_USER));
				sink.row(id, u, "Post " + i + " of user " + u, text(id, 120), (u + i) % 2 == 0, createdAt);
			}
		}
	}

	void comments(RowSink sink) throws Exception {
		long posts = (long) this.users * POSTS_PER_USER;
		for (long p = 1; p <= posts; p++) {
			for (int j = 0; j < COMMENTS_PER_POST; j++) {
				long id = (p - 1) * COMMENTS_PER_POST + j + 1;
				long commenter = (p * 31 + j * 17) % this.users + 1;
				Instant createdAt = EPOCH.plusSeconds(p * 10).plusSeconds(60L * (1 + (j * 3) % COMMENTS_PER_POST));
				sink.row(id, p, commenter, "Comment " + j + " on post " + p + ". " + text(id, 30), createdAt);
			}
		}
	}

	void roles(RowSink sink) throws Exception {
		for (long r = 1; r <= ROLES; r++) {
			sink.row(r, "role-" + r);
		}
	}

	void userRoles(RowSink sink) throws Exception {
		for (long u = 1; u <= this.users; u++) {
			sink.row(u, u % ROLES + 1);
			sink.row(u, (u + 3) % ROLES + 1);
		}
	}

	void tags(RowSink sink) throws Exception {
		for (long t = 1; t <= TAGS; t++) {
			sink.row(t, "tag-" + t);
		}
	}

	void postTags(RowSink sink) throws Exception {
		long posts = (long) this.users * POSTS_PER_USER;
		for (long p = 1; p <= posts; p++) {
			sink.row(p, p % TAGS + 1);
			sink.row(p, (p + 7) % TAGS + 1);
			sink.row(p, (p + 31) % TAGS + 1);
		}
	}

	private static String text(long seed, int minimumLength) {
		int start = (int) (seed % 50);
		int length = minimumLength + (int) (seed % 40);
		return TEXT.substring(start, Math.min(TEXT.length(), start + length));
	}

}
