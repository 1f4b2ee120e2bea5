package dev.association.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.association.QueryException;
import dev.association.query.BlogFixture.CommentRow;
import dev.association.query.BlogFixture.PostRow;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PathConditionsIntegrationTests {

	@AllDatabases
	void aToOnePathIsJoinedIntoTheStatementWithoutBeingIncluded(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		List<User> users = fixture.repository(User.class).findAll(Find.where(Where.eq("profile.bio", "bio of user00004")));
		assertThat(users).extracting((u) -> u.id).containsExactly(4L);
		assertThat(users.get(0).profile).isNull();
		assertThat(db.statements().statements()).singleElement()
			.satisfies((sql) -> assertThat(sql).contains("LEFT JOIN").doesNotContain("EXISTS"));
	}

	@AllDatabases
	void aToManyPathIsASemiJoinThatNeverDuplicatesAParentAndTheLimitCountsParents(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		AssociationRepository<User, Long> users = fixture.repository(User.class);
		List<Long> withPosts = fixture.users.keySet().stream().filter((u) -> u % 4 != 0).toList();
		assertThat(ids(users.findAll(Find.where(Where.like("posts.title", "post%")))))
			.containsExactlyElementsOf(withPosts);
		assertThat(ids(users.findAll(Find.where(Where.like("posts.title", "post%")).limit(3))))
			.containsExactlyElementsOf(withPosts.subList(0, 3));
		assertThat(users.count(Find.where(Where.like("posts.title", "post%")))).isEqualTo(withPosts.size());
		assertThat(db.statements().statements()).allSatisfy((sql) -> assertThat(sql).contains("EXISTS (SELECT 1 FROM"));
	}

	@AllDatabases
	void aPathReachesAnyDepthThroughScopedAssociationsAndJoinTables(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		AssociationRepository<User, Long> users = fixture.repository(User.class);
		Set<Long> expected = new TreeSet<>();
		for (CommentRow comment : fixture.comments.values()) {
			if (comment.commenterId() == 2) {
				expected.add(fixture.posts.get(comment.postId()).authorId());
			}
		}
		assertThat(expected).isNotEmpty();
		assertThat(ids(users.findAll(Find.where(Where.eq("posts.comments.commenter.username", "user00002")))))
			.containsExactlyElementsOf(expected);
		Set<Long> taggedSql = fixture.posts.values().stream()
			.filter((p) -> fixture.tagsByPost.get(p.id()).contains("sql"))
			.map(PostRow::authorId)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(ids(users.findAll(Find.where(Where.eq("posts.tags.name", "sql"))))).containsExactlyElementsOf(taggedSql);
		assertThat(ids(users.findAll(Find.where(Where.eq("roles.name", "editor")))))
			.containsExactlyElementsOf(fixture.rolesByUser.entrySet().stream()
				.filter((e) -> e.getValue().contains("editor")).map((e) -> e.getKey()).toList());
		// the article comments (commentable_type 'article') are outside Post.comments' scope
		assertThat(ids(users.findAll(Find.where(Where.like("posts.comments.body", "article%"))))).isEmpty();
	}

	@AllDatabases
	void orAndNotMixModels(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		AssociationRepository<User, Long> users = fixture.repository(User.class);
		assertThat(ids(users.findAll(Find.where(Where.or(Where.eq("username", "user00004"),
				Where.eq("posts.title", "post z of user00001"), Where.eq("profile.bio", "bio of user00007"))))))
			.containsExactly(1L, 4L, 7L);
		assertThat(ids(users.findAll(Find.where(Where.not(Where.like("posts.title", "%"))))))
			.containsExactly(4L, 8L, 12L);
	}

	@AllDatabases
	void aPathConditionFiltersRowsButNotTheChildrenAnIncludeLoads(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.where(Where.eq("posts.title", "post y of user00003")).include("posts"));
		assertThat(users).singleElement().satisfies((u) -> assertThat(u.posts).extracting((p) -> p.title)
			.containsExactlyInAnyOrder("post z of user00003", "post y of user00003", "post x of user00003"));
	}

	@AllDatabases
	void includeWhereAccessorsCountAndDestroyTakePaths(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		AssociationRepository<User, Long> users = fixture.repository(User.class);
		List<Long> postsWithCommenter2 = fixture.comments.values().stream()
			.filter((c) -> c.commenterId() == 2)
			.map(CommentRow::postId)
			.distinct()
			.sorted()
			.toList();
		List<User> found = users.findAll(Find.all()
			.include(Include.of("posts").where(Where.eq("comments.commenter.username", "user00002"))));
		assertThat(found.stream().flatMap((u) -> u.posts.stream()).map((p) -> p.id).sorted().toList())
			.containsExactlyElementsOf(postsWithCommenter2);
		User author = users.findByPk(fixture.posts.get(postsWithCommenter2.get(0)).authorId()).orElseThrow();
		assertThat(users.<Post>many(author, "posts").count(Where.eq("comments.commenter.username", "user00002")))
			.isEqualTo(fixture.posts.values().stream()
				.filter((p) -> p.authorId() == author.id && postsWithCommenter2.contains(p.id())).count());
		assertThat(users.<Post>many(author, "posts").get(Find.where(Where.like("comments.commenter.username", "user00002"))))
			.extracting((p) -> p.authorId).containsOnly(author.id);
		assertThat(users.count(Find.where(Where.eq("profile.bio", "bio of user00005")))).isEqualTo(1);
		AssociationRepository<Post, Long> posts = fixture.repository(Post.class);
		int deleted = posts.destroy(Where.eq("author.username", "user00003"));
		assertThat(deleted).isEqualTo(3);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts WHERE author_id = 3", Long.class)).isZero();
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts", Long.class))
			.isEqualTo(fixture.posts.size() - 3);
	}

	@AllDatabases
	void bulkUpdateAndIncrementTakePathsAndUpdateEachRowOnce(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		AssociationRepository<Post, Long> posts = fixture.repository(Post.class);
		long publishedElsewhere = fixture.posts.values().stream()
			.filter((p) -> p.authorId() != 3 && p.published())
			.count();
		assertThat(posts.update(Map.of("published", true), Where.eq("author.username", "user00003"))).isEqualTo(3);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts WHERE published = TRUE", Long.class))
			.isEqualTo(publishedElsewhere + 3);
		AssociationRepository<User, Long> users = fixture.repository(User.class);
		List<Long> withPosts = fixture.users.keySet().stream().filter((u) -> u % 4 != 0).toList();
		assertThat(users.update(Map.of("email", "writer@example.com"), Where.like("posts.title", "post%")))
			.isEqualTo(withPosts.size());
		assertThat(db.jdbc().queryForList("SELECT id FROM users WHERE email = 'writer@example.com' ORDER BY id",
				Long.class)).containsExactlyElementsOf(withPosts);
		assertThat(users.findOrCreate(Where.and(Where.eq("username", "user00003"),
				Where.eq("posts.title", "post z of user00003")), new User()).created()).isFalse();
	}

	@AllDatabases
	void aTopLevelOrderMayNameAToOnePathThatIsNotIncluded(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 6);
		List<Post> posts = fixture.repository(Post.class)
			.findAll(Find.all().order("author.username", Order.DESC).limit(3));
		assertThat(posts).extracting((p) -> p.authorId).containsExactly(6L, 6L, 5L);
		assertThat(posts).allSatisfy((p) -> assertThat(p.author).isNull());
	}

	@AllDatabases
	void anUnknownStepOrAToManyOrderIsRefusedBeforeAnyStatement(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 2);
		AssociationRepository<User, Long> users = fixture.repository(User.class);
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> users.findAll(Find.where(Where.eq("posts.commentz.body", "x"))))
			.withMessage("Cannot resolve 'posts.commentz.body' on User: Post has no association 'commentz'. "
					+ "Associations of Post: author, comments, tags.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> users.destroy(Where.eq("profile.nope", "x")))
			.withMessageStartingWith("Profile has no attribute 'nope'. Attributes of Profile: id");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> users.findAll(Find.all().order("posts.title")))
			.withMessageStartingWith("Cannot order by 'posts.title': User.posts (hasMany Post) is a to-many association");
		assertThat(db.statements().count()).isZero();
	}

	private static List<Long> ids(List<User> users) {
		return users.stream().map((u) -> u.id).toList();
	}

}
