package dev.association.benchmarks.hibernate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * W6's result with Hibernate: a user's attributes and its latest posts. A mapped collection always holds all of a
 * user's posts, so a per-parent subset goes into a plain object, as the Hibernate documentation advises for
 * projections that are not the entity's state.
 */
public final class UserWithLatestPosts {

	final Long id;

	final String username;

	final String email;

	final Instant createdAt;

	final List<PostEntity> posts = new ArrayList<>();

	UserWithLatestPosts(UserEntity user) {
		this.id = user.id;
		this.username = user.username;
		this.email = user.email;
		this.createdAt = user.createdAt;
	}

}
