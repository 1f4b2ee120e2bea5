package dev.association.benchmarks.association;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * The blog models as paranoid models ({@code @Model(paranoid = true)} with a {@code deletedAt} attribute), on the
 * same tables and data as {@link dev.association.benchmarks.model}: the data set has a {@code deleted_at} column,
 * null on every row, so these find the same graphs and every statement carries the soft-delete filters.
 */
public final class ParanoidModels {

	/** Every paranoid model. */
	public static final List<Class<?>> ALL = List.of(User.class, Profile.class, Post.class, Comment.class,
			Role.class, Tag.class);

	private ParanoidModels() {
	}

	/** A paranoid user. */
	@Model(table = "users", paranoid = true)
	public static class User {

		@Id
		public Long id;

		public String username;

		public String email;

		public Instant createdAt;

		public Instant deletedAt;

		public Profile profile;

		public List<Post> posts;

		public List<Role> roles;

		/**
		 * Defines this model's associations, as {@link dev.association.benchmarks.model.User} does.
		 * @param registry the registry
		 */
		public static void associate(AssociationRegistry registry) {
			registry.model(User.class)
				.hasOne(Profile.class, (a) -> a.as("profile").foreignKey("userId").onDelete(ReferentialAction.CASCADE))
				.hasMany(Post.class, (a) -> a.as("posts").foreignKey("authorId"))
				.belongsToMany(Role.class, (a) -> a.as("roles").through("user_roles"));
		}

	}

	/** A paranoid profile. */
	@Model(table = "profiles", paranoid = true)
	public static class Profile {

		@Id
		public Long id;

		public Long userId;

		public String bio;

		public Instant deletedAt;

		public User user;

		/**
		 * Defines this model's associations.
		 * @param registry the registry
		 */
		public static void associate(AssociationRegistry registry) {
			registry.model(Profile.class).belongsTo(User.class, (a) -> a.as("user").foreignKey("userId"));
		}

	}

	/** A paranoid post. */
	@Model(table = "posts", paranoid = true)
	public static class Post {

		@Id
		public Long id;

		public Long authorId;

		public String title;

		public String body;

		public boolean published;

		public Instant createdAt;

		public Instant deletedAt;

		public User author;

		public List<Comment> comments;

		public List<Tag> tags;

		/**
		 * Defines this model's associations.
		 * @param registry the registry
		 */
		public static void associate(AssociationRegistry registry) {
			registry.model(Post.class)
				.belongsTo(User.class, (a) -> a.as("author").foreignKey("authorId"))
				.hasMany(Comment.class, (a) -> a.as("comments").foreignKey("postId"))
				.belongsToMany(Tag.class, (a) -> a.as("tags").through("post_tags"));
		}

	}

	/** A paranoid comment. */
	@Model(table = "comments", paranoid = true)
	public static class Comment {

		@Id
		public Long id;

		public Long postId;

		public Long commenterId;

		public String body;

		public Instant createdAt;

		public Instant deletedAt;

		public Post post;

		public User commenter;

		/**
		 * Defines this model's associations.
		 * @param registry the registry
		 */
		public static void associate(AssociationRegistry registry) {
			registry.model(Comment.class)
				.belongsTo(Post.class, (a) -> a.as("post").foreignKey("postId"))
				.belongsTo(User.class, (a) -> a.as("commenter").foreignKey("commenterId"));
		}

	}

	/** A paranoid role. */
	@Model(table = "roles", paranoid = true)
	public static class Role {

		@Id
		public Long id;

		public String name;

		public Instant deletedAt;

		public List<User> users;

		/**
		 * Defines this model's associations.
		 * @param registry the registry
		 */
		public static void associate(AssociationRegistry registry) {
			registry.model(Role.class).belongsToMany(User.class, (a) -> a.as("users").through("user_roles"));
		}

	}

	/** A paranoid tag. */
	@Model(table = "tags", paranoid = true)
	public static class Tag {

		@Id
		public Long id;

		public String name;

		public Instant deletedAt;

		public List<Post> posts;

		/**
		 * Defines this model's associations.
		 * @param registry the registry
		 */
		public static void associate(AssociationRegistry registry) {
			registry.model(Tag.class).belongsToMany(Post.class, (a) -> a.as("posts").through("post_tags"));
		}

	}

}
