package dev.association.sample.service;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /users}: a user with a profile, posts and roles by name, created in one request.
 * <pre>{@code {"username": "gil", "email": "gil@example.com", "profile": {"bio": "Grows tomatoes"},
 *  "posts": [{"title": "Hello", "body": "First post"}], "roles": ["editor", "gardener"]}}</pre>
 * @param username the username (required)
 * @param email the e-mail, or null
 * @param profile the profile, or null for none
 * @param posts the posts, each with a title
 * @param roles role names: existing roles are linked, new ones created
 */
public record NewUser(@Nullable String username, @Nullable String email, @Nullable NewProfile profile,
		@Nullable List<NewPost> posts, @Nullable List<String> roles) {

	/**
	 * The profile of a new user.
	 * @param bio the bio
	 */
	public record NewProfile(@Nullable String bio) {

	}

	/**
	 * A post of a new user.
	 * @param title the title (required)
	 * @param body the text, or null
	 * @param published whether it is published (default false)
	 */
	public record NewPost(@Nullable String title, @Nullable String body, @Nullable Boolean published) {

	}

}
