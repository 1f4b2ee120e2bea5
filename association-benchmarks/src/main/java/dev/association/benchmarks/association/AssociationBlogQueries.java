package dev.association.benchmarks.association;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.benchmarks.BlogQueries;
import dev.association.benchmarks.Workload;
import dev.association.benchmarks.model.Comment;
import dev.association.benchmarks.model.Post;
import dev.association.benchmarks.model.Profile;
import dev.association.benchmarks.model.Role;
import dev.association.benchmarks.model.Tag;
import dev.association.benchmarks.model.User;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.repository.AssociationRepository;

/**
 * The workloads through {@code association}'s public API only: an engine built on the data source, repositories,
 * and {@link Find}s with nested includes, kept in constants as an application would.
 */
public final class AssociationBlogQueries implements BlogQueries {

	private static final Find USERS_WITH_PROFILE = Find.all().include("profile").order("id").limit(Workload.USERS);

	private static final Find USERS_WITH_POSTS = Find.all()
		.include(Include.of("posts").order("id"))
		.order("id")
		.limit(Workload.USERS);

	private static final Find USERS_WITH_POSTS_COMMENTS_COMMENTERS = Find.all()
		.include(Include.of("posts").order("id").include(Include.of("comments").order("id").include("commenter")))
		.order("id")
		.limit(Workload.USERS_DEEP);

	private static final Find ALL_USERS_WITH_POSTS = Find.all().include("posts");

	private static final Find USERS_WITH_ROLES = Find.all()
		.include(Include.of("roles").order("id"))
		.order("id")
		.limit(Workload.USERS);

	private static final Find POSTS_WITH_AUTHOR_TAGS_COMMENTS = Find.all()
		.include(Include.of("author"), Include.of("tags").order("id"), Include.of("comments").order("id"))
		.order("id")
		.limit(Workload.POSTS);

	private static final Find USERS_WITH_LATEST_POSTS = Find.all()
		.include(Include.of("posts").order("createdAt", Order.DESC).limit(Workload.LATEST_POSTS))
		.order("id")
		.limit(Workload.USERS);

	private static final Find PROFILE_POSTS_ROLES = Find.all()
		.include(Include.of("profile"), Include.of("posts").order("id"), Include.of("roles").order("id"));

	private final AssociationRepository<?, Long> users;

	private final AssociationRepository<?, Long> posts;

	private final long pointLookupUserId;

	/**
	 * Builds the engine on a data source.
	 * @param dataSource the data source
	 * @param pointLookupUserId the user W7 looks up
	 */
	public AssociationBlogQueries(DataSource dataSource, long pointLookupUserId) {
		this(dataSource, pointLookupUserId, false);
	}

	/**
	 * Builds the engine on a data source, with the plain models or their paranoid variants ({@link ParanoidModels}:
	 * the same tables, every read filtered on {@code deleted_at IS NULL}).
	 * @param dataSource the data source
	 * @param pointLookupUserId the user W7 looks up
	 * @param paranoid whether to use the paranoid models
	 */
	public AssociationBlogQueries(DataSource dataSource, long pointLookupUserId, boolean paranoid) {
		List<Class<?>> models = paranoid ? ParanoidModels.ALL
				: List.of(User.class, Profile.class, Post.class, Comment.class, Role.class, Tag.class);
		Associations associations = Associations.builder()
			.dataSource(dataSource)
			.models(models.toArray(Class[]::new))
			.build();
		Class<?> user = paranoid ? ParanoidModels.User.class : User.class;
		Class<?> post = paranoid ? ParanoidModels.Post.class : Post.class;
		this.users = associations.repository(user);
		this.posts = associations.repository(post);
		this.pointLookupUserId = pointLookupUserId;
	}

	@Override
	public List<?> usersWithProfile() {
		return this.users.findAll(USERS_WITH_PROFILE);
	}

	@Override
	public List<?> usersWithPosts() {
		return this.users.findAll(USERS_WITH_POSTS);
	}

	@Override
	public List<?> usersWithPostsCommentsCommenters(int users) {
		return this.users.findAll((users == Workload.USERS_DEEP) ? USERS_WITH_POSTS_COMMENTS_COMMENTERS
				: USERS_WITH_POSTS_COMMENTS_COMMENTERS.limit(users));
	}

	/**
	 * Every user with its posts, read as a stream per batch of users (the streaming benchmark).
	 * @param batchSize users per batch
	 * @return the number of users and posts read
	 */
	public long streamUsersWithPosts(int batchSize) {
		long rows = 0;
		try (Stream<User> stream = plainUsers().stream(ALL_USERS_WITH_POSTS.batchSize(batchSize))) {
			for (User user : (Iterable<User>) stream::iterator) {
				rows += 1 + user.posts.size();
			}
		}
		return rows;
	}

	/**
	 * Every user with its posts, read by one {@code findAll} (the streaming benchmark's comparison).
	 * @return the number of users and posts read
	 */
	public long findAllUsersWithPosts() {
		long rows = 0;
		for (User user : plainUsers().findAll(ALL_USERS_WITH_POSTS)) {
			rows += 1 + user.posts.size();
		}
		return rows;
	}

	/**
	 * The users' repository typed with the plain models, for the streaming benchmark (which reads the plain models
	 * only).
	 */
	@SuppressWarnings("unchecked")
	private AssociationRepository<User, Long> plainUsers() {
		return (AssociationRepository<User, Long>) this.users;
	}

	@Override
	public List<?> usersWithRoles() {
		return this.users.findAll(USERS_WITH_ROLES);
	}

	@Override
	public List<?> postsWithAuthorTagsComments() {
		return this.posts.findAll(POSTS_WITH_AUTHOR_TAGS_COMMENTS);
	}

	@Override
	public List<?> usersWithLatestPosts() {
		return this.users.findAll(USERS_WITH_LATEST_POSTS);
	}

	@Override
	public Object userByPrimaryKey() {
		return this.users.findByPk(this.pointLookupUserId, PROFILE_POSTS_ROLES).orElse(null);
	}

}
