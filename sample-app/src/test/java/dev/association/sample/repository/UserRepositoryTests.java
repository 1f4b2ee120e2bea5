package dev.association.sample.repository;

import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.sample.model.Post;
import dev.association.sample.model.Profile;
import dev.association.sample.model.Project;
import dev.association.sample.model.User;
import dev.association.test.autoconfigure.AssociationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's repositories in an {@link AssociationTest @AssociationTest}: Flyway migrates an embedded H2 with the
 * demo data, the starter validates it, and every test is rolled back.
 */
@AssociationTest
class UserRepositoryTests {

	@Autowired
	private UserRepository users;

	@Autowired
	private Associations associations;

	@Test
	void usersComeWithTheirPostsAndProfile() {
		List<User> found = this.users.findAll(Find.all().include("posts", "profile").order("id"));
		assertThat(found).extracting((user) -> user.username).containsExactly("ann", "bob", "cid", "dee");
		assertThat(found.get(0).profile.bio).isEqualTo("Writes about databases");
		assertThat(found.get(0).posts).extracting((post) -> post.title)
			.containsExactlyInAnyOrder("Eager loading without N+1", "Scopes and polymorphism");
	}

	@Test
	void aUsersPostsAreReadThroughTheAccessor() {
		User ann = this.users.findOne(Find.where(Where.eq("username", "ann"))).orElseThrow();
		List<Post> posts = this.users.getPosts(ann, Find.all().order("id", Order.DESC));
		assertThat(posts).extracting((post) -> post.title)
			.containsExactly("Scopes and polymorphism", "Eager loading without N+1");
		assertThat(this.users.countPosts(ann)).isEqualTo(2);
	}

	@Test
	void aNewUserWithAProfileIsRolledBackAfterTheTest() {
		assertThat(this.users.count()).isEqualTo(4);
		User eve = new User();
		eve.username = "eve";
		eve.email = "eve@example.com";
		this.users.create(eve);
		Profile profile = new Profile("Tests things");
		profile.userId = eve.id;
		this.associations.<Profile, Long>repository(Profile.class).create(profile);
		assertThat(this.users.count()).isEqualTo(5);
		assertThat(this.users.getProfile(eve)).hasValueSatisfying((found) -> assertThat(found.bio)
			.isEqualTo("Tests things"));
	}

	@Test
	void addingAProjectStoresTheMembership() {
		User dee = this.users.findByPk(4L).orElseThrow();
		this.users.addProject(dee, 1L, Map.of("role", "guest"));
		List<Project> projects = this.users.getProjects(dee, Find.all().order("id"));
		assertThat(projects).extracting((project) -> project.name).containsExactly("apollo");
		assertThat(this.users.count()).isEqualTo(4);
	}

}
