package dev.association.query;

import java.util.List;

import dev.association.QueryException;
import dev.association.seed.Picture;
import dev.association.seed.Post;
import dev.association.seed.Profile;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IncludeAllIntegrationTests {

	@AllDatabases
	void includeAllLoadsEveryAssociationOneLevelDeep(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 8);
		List<User> users = fixture.repository(User.class).findAll(Find.all().include(Include.all()));
		assertThat(db.statements().count()).as("the root with profile and profilePicture joined, then posts, roles, "
				+ "projects, teams, pictures").isEqualTo(6);
		User second = users.get(1);
		assertThat(second.profile.bio).isEqualTo("bio of user00002");
		assertThat(second.posts).hasSize(2);
		assertThat(second.posts).allSatisfy((p) -> assertThat(p.comments).isNull());
		assertThat(second.roles).extracting((r) -> r.name).containsExactly("admin");
		assertThat(second.projects).isEmpty();
		assertThat(second.teams).isEmpty();
		assertThat(second.pictures).isEmpty();
		assertThat(second.profilePicture).isNull();
	}

	@AllDatabases
	void includeAllNestedFollowsEveryAssociationOncePerPathAndStopsAtCycles(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 8);
		List<Post> posts = fixture.repository(Post.class).findAll(Find.all().include(Include.all().nested()));
		// 13 to-many levels in the tree; the two activeProjects levels below the (empty) teams levels have no
		// parents and run no statement
		assertThat(db.statements().count()).isEqualTo(12);
		assertThat(posts).hasSize(fixture.posts.size());
		for (Post post : posts) {
			assertThat(post.author.username).isEqualTo(fixture.users.get(post.authorId).username());
			assertThat(post.author.posts).as("Post is already on the path").isNull();
			assertThat(post.author.roles).extracting((r) -> r.name)
				.containsExactlyElementsOf(fixture.rolesByUser.get(post.authorId));
			assertThat(post.comments).hasSize(fixture.commentsOf(post.id).size());
			assertThat(post.comments).allSatisfy((c) -> {
				assertThat(c.commenter.roles).isNotNull();
				assertThat(c.commenter.posts).isNull();
			});
			assertThat(post.tags).allSatisfy((t) -> {
				assertThat(t.products).isEmpty();
				assertThat(t.posts).isNull();
			});
		}
	}

	@AllDatabases
	void includeOfAClassNeedsExactlyOneAssociationToIt(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 4);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of(Profile.class)));
		assertThat(users.get(0).profile.bio).isEqualTo("bio of user00001");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> fixture.repository(User.class)
				.findAll(Find.all().include(Include.of(Picture.class))))
			.withMessage("Picture is associated to User several times, using the aliases pictures, profilePicture. "
					+ "Include it by alias: Include.of(\"pictures\").");
		assertThat(db.statements().count()).isEqualTo(1);
	}

}
