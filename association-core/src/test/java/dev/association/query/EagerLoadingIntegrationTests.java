package dev.association.query;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.association.query.BlogFixture.CommentRow;
import dev.association.query.BlogFixture.PostRow;
import dev.association.seed.Comment;
import dev.association.seed.Post;
import dev.association.seed.Role;
import dev.association.seed.Tag;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class EagerLoadingIntegrationTests {

	@AllDatabases
	void usersWithTheirProfileTakeOneStatement(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 30);
		List<User> users = fixture.repository(User.class).findAll(Find.all().include("profile"));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(users).extracting((u) -> u.id).containsExactlyElementsOf(fixture.users.keySet());
		for (User user : users) {
			assertThat(user.username).isEqualTo(fixture.users.get(user.id).username());
			assertThat(user.active).isEqualTo(fixture.users.get(user.id).active());
			String bio = fixture.profiles.get(user.id);
			if (bio == null) {
				assertThat(user.profile).isNull();
			}
			else {
				assertThat(user.profile.bio).isEqualTo(bio);
				assertThat(user.profile.userId).isEqualTo(user.id);
				assertThat(user.profile.user).isNull();
			}
			assertThat(user.posts).isNull();
		}
	}

	@AllDatabases
	void usersWithTheirPostsTakeTwoStatementsAndPostsComeInKeyOrder(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 30);
		List<User> users = fixture.repository(User.class).findAll(Find.all().include("posts"));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(users).hasSize(30);
		for (User user : users) {
			assertThat(user.posts).extracting((p) -> p.id)
				.containsExactlyElementsOf(fixture.postsOf(user.id).stream().map(PostRow::id).toList());
			assertThat(user.posts).extracting((p) -> p.title)
				.containsExactlyElementsOf(fixture.postsOf(user.id).stream().map(PostRow::title).toList());
			assertThat(user.posts).allSatisfy((p) -> assertThat(p.authorId).isEqualTo(user.id));
		}
		assertThat(users.get(3).posts).as("user 4 has no posts: an empty list, not null").isEmpty();
	}

	@AllDatabases
	void usersPostsCommentsAndCommenterTakeThreeStatements(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 30);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").include(Include.of("comments").include("commenter"))));
		assertThat(db.statements().count()).isEqualTo(3);
		int comments = 0;
		for (User user : users) {
			for (Post post : user.posts) {
				List<CommentRow> expected = fixture.commentsOf(post.id);
				assertThat(post.comments).as("comments of post %s, scoped to commentableType 'post'", post.id)
					.extracting((c) -> c.body)
					.containsExactlyElementsOf(expected.stream().map(CommentRow::body).toList());
				for (int i = 0; i < expected.size(); i++) {
					Comment comment = post.comments.get(i);
					assertThat(comment.commenter.id).isEqualTo(expected.get(i).commenterId());
					assertThat(comment.commenter.username)
						.isEqualTo(fixture.users.get(expected.get(i).commenterId()).username());
					comments++;
				}
			}
		}
		assertThat(comments).isEqualTo(fixture.comments.size()).isPositive();
	}

	@AllDatabases
	void usersWithTheirRolesTakeTwoStatements(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 30);
		List<User> users = fixture.repository(User.class).findAll(Find.all().include("roles"));
		assertThat(db.statements().count()).isEqualTo(2);
		for (User user : users) {
			assertThat(user.roles).extracting((r) -> r.name).containsExactlyElementsOf(fixture.rolesByUser.get(user.id));
		}
		List<Role> admins = users.stream().flatMap((u) -> u.roles.stream()).filter((r) -> r.name.equals("admin")).toList();
		assertThat(admins).hasSize(15);
		Set<Role> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
		distinct.addAll(admins);
		assertThat(distinct).as("a role linked to two users is two instances").hasSize(15);
	}

	@AllDatabases
	void postsWithAuthorTagsAndCommentsTakeThreeStatements(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 30);
		List<Post> posts = fixture.repository(Post.class).findAll(Find.all().include("author", "tags", "comments"));
		assertThat(db.statements().count()).isEqualTo(3);
		assertThat(posts).extracting((p) -> p.id).containsExactlyElementsOf(fixture.posts.keySet());
		for (Post post : posts) {
			PostRow row = fixture.posts.get(post.id);
			assertThat(post.author.username).isEqualTo(fixture.users.get(row.authorId()).username());
			assertThat(post.tags).extracting((t) -> t.name)
				.containsExactlyInAnyOrderElementsOf(fixture.tagsByPost.get(post.id));
			assertThat(post.comments).extracting((c) -> c.id)
				.containsExactlyElementsOf(fixture.commentsOf(post.id).stream().map(CommentRow::id).toList());
		}
	}

	@AllDatabases
	void statementCountsDependOnTheIncludeTreeOnly(TestDatabase db) {
		for (int userCount : new int[] { 10, 2000 }) {
			BlogFixture fixture = BlogFixture.create(db, userCount);
			Map<String, Supplier<List<?>>> finds = Map.of(
					"users+profile", () -> fixture.repository(User.class).findAll(Find.all().include("profile")),
					"users+posts", () -> fixture.repository(User.class).findAll(Find.all().include("posts")),
					"users+posts+comments+commenter",
					() -> fixture.repository(User.class).findAll(Find.all().include("posts.comments.commenter")),
					"users+roles", () -> fixture.repository(User.class).findAll(Find.all().include("roles")),
					"posts+author+tags+comments",
					() -> fixture.repository(Post.class).findAll(Find.all().include("author", "tags", "comments")));
			Map<String, Integer> expected = Map.of("users+profile", 1, "users+posts", 2,
					"users+posts+comments+commenter", 3, "users+roles", 2, "posts+author+tags+comments", 3);
			for (Map.Entry<String, Supplier<List<?>>> find : finds.entrySet()) {
				db.statements().reset();
				List<?> rows = find.getValue().get();
				assertThat(rows).isNotEmpty();
				assertThat(db.statements().count()).as("%s with %s users: %s", find.getKey(), userCount,
						db.statements().statements()).isEqualTo(expected.get(find.getKey()));
			}
		}
	}

	@AllDatabases
	void resultsAreTreesEvenWhenTheIncludesCycleBackToTheRootModel(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").include(Include.of("author").include("posts"))));
		assertThat(db.statements().count()).isEqualTo(3);
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (User user : users) {
			assertThat(seen.add(user)).isTrue();
			for (Post post : user.posts) {
				assertThat(seen.add(post)).isTrue();
				assertThat(post.author).isNotSameAs(user);
				assertThat(post.author.id).isEqualTo(user.id);
				assertThat(seen.add(post.author)).isTrue();
				assertThat(post.author.posts).extracting((p) -> p.id)
					.containsExactlyElementsOf(user.posts.stream().map((p) -> p.id).toList());
				for (Post again : post.author.posts) {
					assertThat(seen.add(again)).as("every included row is its own instance").isTrue();
					assertThat(again.author).isNull();
				}
			}
		}
	}

	@AllDatabases
	void tagsWithTheirPostsFollowBelongsToManyFromTheOtherSide(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		List<Tag> tags = fixture.repository(Tag.class).findAll(Find.all().include("posts"));
		assertThat(db.statements().count()).isEqualTo(2);
		for (Tag tag : tags) {
			List<Long> expected = fixture.tagsByPost.entrySet()
				.stream()
				.filter((e) -> e.getValue().contains(tag.name))
				.map(Map.Entry::getKey)
				.toList();
			assertThat(tag.posts).extracting((p) -> p.id).containsExactlyElementsOf(expected);
		}
	}

}
