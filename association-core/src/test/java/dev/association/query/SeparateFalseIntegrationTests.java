package dev.association.query;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.query.BlogFixture.CommentRow;
import dev.association.query.BlogFixture.PostRow;
import dev.association.seed.Comment;
import dev.association.seed.Post;
import dev.association.seed.Project;
import dev.association.seed.Role;
import dev.association.seed.Team;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class SeparateFalseIntegrationTests {

	@AllDatabases
	void usersWithTheirPostsJoinedTakeOneStatementAndLoadTheSameGraphAsSeparateLevels(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 30);
		List<User> separate = fixture.repository(User.class).findAll(Find.all().include("posts"));
		db.statements().reset();
		List<User> joined = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false)));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(db.statements().statements().get(0)).contains("LEFT JOIN").doesNotContain("EXISTS");
		assertThat(joined).extracting((u) -> u.id).containsExactlyElementsOf(fixture.users.keySet());
		for (int i = 0; i < joined.size(); i++) {
			User user = joined.get(i);
			assertThat(user.username).isEqualTo(separate.get(i).username);
			assertThat(user.posts).extracting((p) -> p.id)
				.containsExactlyElementsOf(fixture.postsOf(user.id).stream().map(PostRow::id).toList());
			assertThat(user.posts).extracting((p) -> p.title)
				.containsExactlyElementsOf(separate.get(i).posts.stream().map((p) -> p.title).toList());
			assertThat(user.posts).allSatisfy((p) -> {
				assertThat(p.authorId).isEqualTo(user.id);
				assertThat(p.author).isNull();
				assertThat(p.comments).isNull();
			});
		}
		assertThat(joined.get(3).posts).as("user 4 has no posts: an empty list, not null").isEmpty();
	}

	@AllDatabases
	void aTopLevelLimitAndOffsetCountUsersNotJoinedRows(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false).order("title")).order("username")
				.limit(2).offset(1));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(users).extracting((u) -> u.username).containsExactly("user00002", "user00003");
		for (User user : users) {
			assertThat(user.posts).extracting((p) -> p.title)
				.containsExactlyElementsOf(fixture.postsOf(user.id).stream().map(PostRow::title).sorted().toList());
		}
		assertThat(users.get(1).posts).as("all 3 posts of user 3, though the limit is 2").hasSize(3);
		List<User> lastTwo = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false), Include.of("profile"))
				.order("username", Order.DESC).limit(2));
		assertThat(lastTwo).extracting((u) -> u.id).containsExactly(12L, 11L);
		assertThat(lastTwo.get(0).posts).isEmpty();
		assertThat(lastTwo.get(1).posts).hasSize(3);
		assertThat(lastTwo.get(1).profile.bio).isEqualTo("bio of user00011");
		List<User> offsetOnly = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false)).offset(10));
		assertThat(offsetOnly).extracting((u) -> u.posts.size()).containsExactly(3, 0);
	}

	@AllDatabases
	void usersWithTheirRolesJoinedThroughTheJoinTableTakeOneStatementAndStayTrees(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 30);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("roles").separate(false)));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(users).hasSize(30);
		for (User user : users) {
			assertThat(user.roles).extracting((r) -> r.name).containsExactlyElementsOf(fixture.rolesByUser.get(user.id));
		}
		Set<Role> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
		users.forEach((u) -> distinct.addAll(u.roles));
		assertThat(distinct).as("a role linked to two users is two instances").hasSize(15 + 10);
	}

	@AllDatabases
	void throughAttributesFillTheJoinModelFieldOfJoinedTargets(TestDatabase db) {
		Associations associations = JoinModelIntegrationTests.create(db);
		List<User> users = associations.<User, Long>repository(User.class)
			.findAll(Find.all().include(Include.of("projects").separate(false).through("role")));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(users.get(0).projects).extracting((p) -> p.name).containsExactly("engine", "site");
		assertThat(users.get(0).projects).extracting((p) -> p.userProject.role).containsExactly("lead", "member");
		assertThat(users.get(0).projects).allSatisfy((p) -> assertThat(p.userProject.userId).as("not asked for").isNull());
		assertThat(users.get(1).projects).extracting((p) -> p.userProject.role).containsExactly("member");
		assertThat(users.get(2).projects).isEmpty();
		List<Project> projects = associations.<Project, Long>repository(Project.class)
			.findAll(Find.all().include(Include.of("members").separate(false)).limit(1));
		assertThat(projects).hasSize(1);
		assertThat(projects.get(0).members).extracting((u) -> u.userProject.role).containsExactly("lead", "member");
		assertThat(projects.get(0).members).extracting((u) -> u.userProject.userId).containsExactly(1L, 2L);
	}

	@AllDatabases
	void aJoinModelWithItsOwnKeyAndAThroughScopeJoinsFromBothSides(TestDatabase db) {
		Associations associations = JoinModelIntegrationTests.create(db);
		List<Team> teams = associations.<Team, Long>repository(Team.class)
			.findAll(Find.all().include(Include.of("members").separate(false).order("username", Order.DESC),
					Include.of("activeProjects").separate(false)));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(teams.get(0).members).extracting((u) -> u.username).containsExactly("c", "a");
		assertThat(teams.get(0).members).extracting((u) -> u.teamMember.role).containsExactly("member", "owner");
		assertThat(teams.get(0).activeProjects).extracting((p) -> p.name).containsExactly("engine");
		assertThat(teams.get(1).members).extracting((u) -> u.username).containsExactly("b");
		assertThat(teams.get(1).activeProjects).extracting((p) -> p.name).containsExactly("site");
	}

	@AllDatabases
	void aSeparateLevelUnderAJoinedOneIsKeyedByTheJoinedChildren(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false).include(Include.of("author"),
					Include.of("comments").include("commenter"))));
		assertThat(db.statements().count()).isEqualTo(2);
		int comments = 0;
		for (User user : users) {
			assertThat(user.posts).hasSize((int) (user.id % 4));
			for (Post post : user.posts) {
				assertThat(post.author.username).isEqualTo(user.username);
				assertThat(post.author).isNotSameAs(user);
				List<CommentRow> expected = fixture.commentsOf(post.id);
				assertThat(post.comments).extracting((c) -> c.body)
					.containsExactlyElementsOf(expected.stream().map(CommentRow::body).toList());
				for (int i = 0; i < expected.size(); i++) {
					assertThat(post.comments.get(i).commenter.id).isEqualTo(expected.get(i).commenterId());
					comments++;
				}
			}
		}
		assertThat(comments).isEqualTo(fixture.comments.size()).isPositive();
		db.statements().reset();
		List<User> allJoined = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false)
				.include(Include.of("comments").separate(false).include("commenter"))));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(allJoined).flatExtracting((u) -> u.posts)
			.flatExtracting((p) -> p.comments)
			.extracting((c) -> c.commenter.id)
			.containsExactlyElementsOf(fixture.comments.values().stream().map(CommentRow::commenterId).toList());
	}

	@AllDatabases
	void aWhereOnAJoinedIncludeFiltersChildrenAndDropsParentsUnlessRequiredFalse(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		Include drafts = Include.of("posts").separate(false).where(Where.eq("published", false));
		List<User> required = fixture.repository(User.class).findAll(Find.all().include(drafts));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(required).extracting((u) -> u.id)
			.containsExactlyElementsOf(fixture.users.keySet().stream().filter((id) -> id % 4 >= 2).toList());
		assertThat(required).allSatisfy((u) -> assertThat(u.posts).hasSize(1)
			.allSatisfy((p) -> assertThat(p.published).isFalse()));
		List<User> optional = fixture.repository(User.class).findAll(Find.all().include(drafts.required(false)));
		assertThat(optional).hasSize(20);
		assertThat(optional).allSatisfy((u) -> assertThat(u.posts).hasSize((u.id % 4 >= 2) ? 1 : 0));
		List<User> page = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false).required(true)).limit(4));
		assertThat(page).as("the limit counts users that have posts").extracting((u) -> u.id)
			.containsExactly(1L, 2L, 3L, 5L);
		assertThat(page).extracting((u) -> u.posts.size()).containsExactly(1, 2, 3, 1);
		assertThat(fixture.repository(User.class).count(Find.all().include(drafts))).isEqualTo(required.size());
	}

	@AllDatabases
	void aRequiredToOneUnderAJoinedLevelDropsOnlyTheChildrenItDoesNotMatch(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 12);
		Include posts = Include.of("posts").include(Include.of("author").where(Where.like("username", "%1")));
		List<User> separate = fixture.repository(User.class).findAll(Find.all().include(posts));
		db.statements().reset();
		List<User> joined = fixture.repository(User.class).findAll(Find.all().include(posts.separate(false)));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(joined).hasSize(12);
		assertThat(joined).extracting((u) -> u.posts.stream().map((p) -> p.id).toList())
			.containsExactlyElementsOf(separate.stream().map((u) -> u.posts.stream().map((p) -> p.id).toList()).toList());
		assertThat(joined).filteredOn((u) -> !u.posts.isEmpty()).extracting((u) -> u.id).containsExactly(1L, 11L);
		assertThat(joined.get(10).posts).allSatisfy((p) -> assertThat(p.author.username).isEqualTo("user00011"));
	}

	@AllDatabases
	void siblingJoinedLevelsNeverDuplicateChildren(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 24);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").separate(false).include(Include.of("tags").separate(false)),
					Include.of("roles").separate(false), Include.of("profile")).order("username", Order.DESC));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(users).extracting((u) -> u.id).startsWith(24L, 23L);
		for (User user : users) {
			assertThat(user.posts).extracting((p) -> p.id)
				.containsExactlyElementsOf(fixture.postsOf(user.id).stream().map(PostRow::id).toList());
			assertThat(user.roles).extracting((r) -> r.name).containsExactlyElementsOf(fixture.rolesByUser.get(user.id));
			assertThat(user.posts).allSatisfy((p) -> assertThat(p.tags).extracting((t) -> t.name)
				.containsExactlyInAnyOrderElementsOf(fixture.tagsByPost.get(p.id)));
			assertThat(user.profile != null).isEqualTo(fixture.profiles.containsKey(user.id));
		}
	}

	@AllDatabases
	void aPerParentLimitStillCountsTheChildrenOfALevelIntoWhichCommentsAreJoined(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 16);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").order("title").limit(2)
				.include(Include.of("comments").separate(false))));
		assertThat(db.statements().count()).isEqualTo(2);
		for (User user : users) {
			List<PostRow> expected = fixture.postsOf(user.id)
				.stream()
				.sorted((a, b) -> a.title().compareTo(b.title()))
				.limit(2)
				.toList();
			assertThat(user.posts).extracting((p) -> p.id)
				.containsExactlyElementsOf(expected.stream().map(PostRow::id).toList());
			assertThat(user.posts).allSatisfy((p) -> assertThat(p.comments).extracting((c) -> c.id)
				.containsExactlyElementsOf(fixture.commentsOf(p.id).stream().map(CommentRow::id).toList()));
		}
	}

	@AllDatabases
	void parentsSharingAKeyGetTheirOwnJoinedChildren(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 8);
		List<Post> posts = fixture.repository(Post.class)
			.findAll(Find.all().include(Include.of("author")
				.include(Include.of("posts").include(Include.of("comments").separate(false)))));
		assertThat(db.statements().count()).isEqualTo(2);
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Post post : posts) {
			assertThat(post.author.posts).extracting((p) -> p.id)
				.containsExactlyElementsOf(fixture.postsOf(post.authorId).stream().map(PostRow::id).toList());
			for (Post again : post.author.posts) {
				assertThat(seen.add(again)).as("every included row is its own instance").isTrue();
				assertThat(again.comments).extracting((c) -> c.id)
					.containsExactlyElementsOf(fixture.commentsOf(again.id).stream().map(CommentRow::id).toList());
				again.comments.forEach((c) -> assertThat(seen.add(c)).isTrue());
			}
		}
	}

	@AllDatabases
	void accessorsAndFindByPkJoinIncludesUnderALimit(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 10);
		var posts = Engine.of(fixture.associations).context().metamodel().model(User.class).association("posts");
		List<Post> page = Engine.of(fixture.associations).queries()
			.findAssociated(posts, 7L, Find.all().include(Include.of("comments").separate(false))
				.order("title").limit(2).offset(1));
		List<PostRow> expected = fixture.postsOf(7L)
			.stream()
			.sorted((a, b) -> a.title().compareTo(b.title()))
			.skip(1)
			.toList();
		assertThat(page).extracting((p) -> p.id).containsExactlyElementsOf(expected.stream().map(PostRow::id).toList());
		for (Post post : page) {
			assertThat(post.comments).extracting((Comment c) -> c.id)
				.containsExactlyElementsOf(fixture.commentsOf(post.id).stream().map(CommentRow::id).toList());
		}
		User user = fixture.repository(User.class)
			.findByPk(6L, Find.all().include(Include.of("posts").separate(false), Include.of("roles").separate(false)))
			.orElseThrow();
		assertThat(user.posts).extracting((p) -> p.id)
			.containsExactlyElementsOf(fixture.postsOf(6L).stream().map(PostRow::id).toList());
		assertThat(user.roles).extracting((r) -> r.name).containsExactly("admin", "editor");
	}

}
