package dev.association.query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.association.query.BlogFixture.PostRow;
import dev.association.seed.Post;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class IncludeOptionsIntegrationTests {

	@AllDatabases
	void perParentLimitKeepsTheFirstPostsOfEachUserByAWindowFunction(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 24);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").order("title").limit(2)));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(db.statements().statements().get(1)).contains("ROW_NUMBER() OVER (PARTITION BY");
		assertThat(users).hasSize(24);
		for (User user : users) {
			List<String> expected = fixture.postsOf(user.id)
				.stream()
				.map(PostRow::title)
				.sorted()
				.limit(2)
				.toList();
			assertThat(user.posts).extracting((p) -> p.title).containsExactlyElementsOf(expected);
		}
		assertThat(users.get(2).posts).as("user 3 has 3 posts, keeps 2").hasSize(2);
	}

	@AllDatabases
	void perParentLimitOrdersDescendingAndAppliesToBelongsToMany(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		List<Post> posts = fixture.repository(Post.class)
			.findAll(Find.all().include(Include.of("tags").order("name", Order.DESC).limit(1)));
		assertThat(db.statements().count()).isEqualTo(2);
		for (Post post : posts) {
			List<String> expected = fixture.tagsByPost.get(post.id)
				.stream()
				.sorted(Comparator.reverseOrder())
				.limit(1)
				.toList();
			assertThat(post.tags).extracting((t) -> t.name).containsExactlyElementsOf(expected);
		}
	}

	@AllDatabases
	void requiredToManyDropsParentsWithoutChildrenAndNeverDuplicatesThem(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").required(true)));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(users).extracting((u) -> u.id)
			.containsExactlyElementsOf(fixture.users.keySet().stream().filter((id) -> id % 4 != 0).toList());
		for (User user : users) {
			assertThat(user.posts).hasSize((int) (user.id % 4));
		}
		assertThat(db.statements().statements().get(0)).contains("EXISTS (SELECT 1");
	}

	@AllDatabases
	void aWhereOnAnIncludeMakesItRequiredUnlessRequiredFalseIsGiven(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		Include drafts = Include.of("posts").where(Where.eq("published", false));
		List<User> required = fixture.repository(User.class).findAll(Find.all().include(drafts));
		assertThat(required).extracting((u) -> u.id)
			.containsExactlyElementsOf(fixture.users.keySet().stream().filter((id) -> id % 4 >= 2).toList());
		assertThat(required).allSatisfy((u) -> assertThat(u.posts).hasSize(1)
			.allSatisfy((p) -> assertThat(p.published).isFalse()));
		List<User> optional = fixture.repository(User.class).findAll(Find.all().include(drafts.required(false)));
		assertThat(optional).hasSize(20);
		assertThat(optional).allSatisfy((u) -> assertThat(u.posts).hasSize((u.id % 4 >= 2) ? 1 : 0));
	}

	@AllDatabases
	void requiredToOneIsAnInnerJoinAndItsWhereFiltersTheParents(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		List<User> withProfile = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("profile").required(true)));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(db.statements().statements().get(0)).contains("INNER JOIN");
		assertThat(withProfile).extracting((u) -> u.id).containsExactlyElementsOf(fixture.profiles.keySet());
		List<User> matching = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("profile").where(Where.like("bio", "%user0001%"))));
		assertThat(matching).extracting((u) -> u.id).containsExactly(10L, 11L, 13L, 14L, 16L, 17L, 19L);
		List<User> optional = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("profile").where(Where.eq("bio", "bio of user00001")).required(false)));
		assertThat(optional).hasSize(20);
		assertThat(optional.get(0).profile.bio).isEqualTo("bio of user00001");
		assertThat(optional.subList(1, 20)).allSatisfy((u) -> assertThat(u.profile).isNull());
	}

	@AllDatabases
	void aRequiredToOneUnderAnOptionalOneOnlyDropsItsParentNotTheRoot(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		List<Post> posts = fixture.repository(Post.class)
			.findAll(Find.all().include(Include.of("author").include(Include.of("profile").required(true))));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(posts).extracting((p) -> p.id).containsExactlyElementsOf(fixture.posts.keySet());
		for (Post post : posts) {
			if (fixture.profiles.containsKey(post.authorId)) {
				assertThat(post.author.profile.bio).isEqualTo(fixture.profiles.get(post.authorId));
			}
			else {
				assertThat(post.author).as("author %s has no profile", post.authorId).isNull();
			}
		}
	}

	@AllDatabases
	void topLevelLimitAndOffsetCountUsersWhateverIsIncluded(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include("posts.comments", "profile").order("username").limit(5).offset(1));
		assertThat(users).extracting((u) -> u.id).containsExactly(2L, 3L, 4L, 5L, 6L);
		assertThat(users).allSatisfy((u) -> assertThat(u.posts).hasSize((int) (u.id % 4)));
		List<User> withPosts = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").required(true)).limit(4));
		assertThat(withPosts).extracting((u) -> u.id).containsExactly(1L, 2L, 3L, 5L);
		assertThat(fixture.repository(User.class).count(Find.all().include(Include.of("posts").required(true))))
			.isEqualTo(15);
	}

	@AllDatabases
	void orderByAToOnePathSortsTheRootsByTheJoinedAttribute(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 10);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("profile").required(true)).order("profile.bio", Order.DESC));
		assertThat(users).extracting((u) -> u.profile.bio)
			.containsExactlyElementsOf(fixture.profiles.values().stream().sorted(Comparator.reverseOrder()).toList());
		List<Post> posts = fixture.repository(Post.class)
			.findAll(Find.all().include("author").order("author.username", Order.DESC).order("title"));
		assertThat(posts).extracting((p) -> p.author.username).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@AllDatabases
	void attributesLimitWhatIsWrittenWhileKeysNeededForStitchingAreStillRead(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 8);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().attributes("username").include(Include.of("posts").attributes("title"), Include.of("profile").attributes("bio")));
		assertThat(db.statements().count()).isEqualTo(2);
		for (User user : users) {
			assertThat(user.id).isNull();
			assertThat(user.email).isNull();
			assertThat(user.username).startsWith("user");
			long id = Long.parseLong(user.username.substring(4));
			assertThat(user.posts).extracting((p) -> p.title)
				.containsExactlyElementsOf(fixture.postsOf(id).stream().map(PostRow::title).toList());
			assertThat(user.posts).allSatisfy((p) -> {
				assertThat(p.id).isNull();
				assertThat(p.authorId).isNull();
				assertThat(p.body).isNull();
			});
			if (fixture.profiles.containsKey(id)) {
				assertThat(user.profile.bio).isEqualTo(fixture.profiles.get(id));
				assertThat(user.profile.userId).isNull();
			}
		}
	}

	@AllDatabases
	void countCountsDistinctRootsWithTheSameFilters(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		long active = fixture.users.values().stream().filter(BlogFixture.UserRow::active).count();
		assertThat(fixture.repository(User.class).count()).isEqualTo(20);
		assertThat(fixture.repository(User.class).count(Find.where(Where.eq("active", true)))).isEqualTo(active);
		assertThat(fixture.repository(User.class)
			.count(Find.where(Where.eq("active", true)).include("posts.comments", "profile").limit(2)))
			.as("optional includes and limits do not change the count")
			.isEqualTo(active);
		assertThat(fixture.repository(User.class)
			.count(Find.all().include(Include.of("profile").required(true), Include.of("posts").required(true))))
			.isEqualTo(fixture.users.keySet().stream().filter((id) -> id % 3 != 0 && id % 4 != 0).count());
		assertThat(db.statements().count()).isEqualTo(4);
	}

	@AllDatabases
	void findOneAndFindByPkLoadIncludes(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 10);
		User user = fixture.repository(User.class).findByPk(7L, Find.all().include("posts", "profile")).orElseThrow();
		assertThat(user.username).isEqualTo("user00007");
		assertThat(user.posts).hasSize(3);
		assertThat(user.profile.bio).isEqualTo("bio of user00007");
		assertThat(fixture.repository(User.class).findByPk(99L)).isEmpty();
		User last = fixture.repository(User.class)
			.findOne(Find.where(Where.eq("active", true)).order("username", Order.DESC))
			.orElseThrow();
		assertThat(last.id).isEqualTo(9L);
		assertThat(fixture.associations.<User, Integer>repository(User.class).findByPk(3).orElseThrow().username)
			.as("an Integer key widens to the Long id")
			.isEqualTo("user00003");
	}

	@AllDatabases
	void dottedPathsAndRepeatedAliasesMergeIntoOneInclude(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 10);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include("posts.comments", "posts.tags", "posts.author"));
		assertThat(db.statements().count()).isEqualTo(4);
		Map<Long, List<String>> tags = fixture.tagsByPost;
		for (User user : users) {
			assertThat(user.posts).allSatisfy((p) -> {
				assertThat(p.comments).hasSize(fixture.commentsOf(p.id).size());
				assertThat(p.tags).extracting((t) -> t.name).containsExactlyInAnyOrderElementsOf(tags.get(p.id));
				assertThat(p.author.id).isEqualTo(user.id);
			});
		}
	}

}
