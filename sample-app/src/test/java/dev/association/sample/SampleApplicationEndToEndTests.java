package dev.association.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app over real HTTP on embedded H2 with the demo data; subclasses run the same tests on PostgreSQL and
 * MariaDB.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationEndToEndTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void usersComeWithTheIncludedGraphAndNothingElse() {
		Response response = call(HttpMethod.GET, "/users?include=posts.comments.commenter,profile", null);
		assertThat(response.status()).isEqualTo(200);
		JsonNode users = response.body();
		assertThat(texts(users, "username")).containsExactly("ann", "bob", "cid", "dee");
		JsonNode ann = users.get(0);
		assertThat(names(ann)).containsExactly("id", "username", "email", "active", "profilePictureId", "createdAt",
				"updatedAt", "profile", "posts");
		assertThat(ann.get("createdAt").asString()).isEqualTo("2024-01-02T09:00:00Z");
		assertThat(ann.get("profile").get("bio").asString()).isEqualTo("Writes about databases");
		assertThat(texts(ann.get("posts"), "title")).containsExactly("Eager loading without N+1",
				"Scopes and polymorphism");
		JsonNode comments = ann.get("posts").get(0).get("comments");
		assertThat(texts(comments, "body")).containsExactly("Great read", "Which databases?");
		assertThat(comments.get(0).get("commenter").get("username").asString()).isEqualTo("bob");
		assertThat(ann.get("posts").get(1).get("comments")).isEmpty();
		JsonNode dee = users.get(3);
		assertThat(dee.has("profile")).isFalse();
		assertThat(dee.get("posts")).isEmpty();
	}

	@Test
	void aUsersProjectsCarryTheMembershipUnderTheJoinModelsName() {
		Response response = call(HttpMethod.GET, "/users/1/projects", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(texts(response.body(), "name")).containsExactly("apollo", "mercury");
		JsonNode membership = response.body().get(0).get("UserProject");
		assertThat(membership.get("role").asString()).isEqualTo("owner");
		assertThat(membership.get("joinedAt").asString()).isEqualTo("2024-01-05T08:30:00Z");
		assertThat(response.body().get(1).get("UserProject").get("role").asString()).isEqualTo("reviewer");
	}

	@Test
	void addingAMemberStoresTheThroughAttributes() {
		Response response = call(HttpMethod.POST, "/projects/3/members", Map.of("userId", 2, "role", "maintainer"));
		assertThat(response.status()).isEqualTo(201);
		assertThat(texts(response.body(), "username")).containsExactly("ann", "bob");
		assertThat(response.body().get(1).get("UserProject").get("role").asString()).isEqualTo("maintainer");
		Response projects = call(HttpMethod.GET, "/users/2/projects", null);
		assertThat(texts(projects.body(), "name")).containsExactly("apollo", "mercury");
		assertThat(projects.body().get(1).get("UserProject").get("role").asString()).isEqualTo("maintainer");
	}

	@Test
	void aTeamShowsOnlyItsActiveProjectsAndCurrentMembers() {
		Response response = call(HttpMethod.GET, "/teams/1", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("name").asString()).isEqualTo("Platform");
		assertThat(texts(response.body().get("activeProjects"), "name")).containsExactly("apollo");
		assertThat(texts(response.body().get("members"), "username")).containsExactlyInAnyOrder("ann", "cid");
	}

	@Test
	void deletingADepartmentKeepsItsEmployeesWithoutADepartment() {
		Response deleted = call(HttpMethod.DELETE, "/departments/2", null);
		assertThat(deleted.status()).isEqualTo(204);
		JsonNode employees = call(HttpMethod.GET, "/employees", null).body();
		assertThat(texts(employees, "name")).containsExactly("eve", "finn", "gus", "hal");
		assertThat(employees.get(2).get("departmentId").isNull()).isTrue();
		assertThat(employees.get(0).get("departmentId").asLong()).isEqualTo(1);
		assertThat(call(HttpMethod.DELETE, "/departments/2", null).status()).isEqualTo(404);
	}

	@Test
	void aPostsCommentsAreOnlyThoseOfPosts() {
		Response response = call(HttpMethod.GET, "/posts/1/comments", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(texts(response.body(), "body")).containsExactly("Great read", "Which databases?");
		assertThat(texts(response.body(), "commentableType")).containsOnly("post");
		assertThat(response.body().get(1).get("commenter").get("username").asString()).isEqualTo("cid");
		assertThat(texts(call(HttpMethod.GET, "/articles/1/comments", null).body(), "body"))
			.containsExactly("Nice release");
	}

	@Test
	void anIncludePathTheEndpointDoesNotAllowIsABadRequestWithAProblemDetail() {
		Response response = call(HttpMethod.GET, "/users?include=posts.nope", null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().get("parameter").asString()).isEqualTo("include");
		assertThat(response.body().get("detail").asString()).isEqualTo("Parameter 'include': 'posts.nope' is not "
				+ "allowed. Allowed include paths (and their prefixes): profile, posts.comments.commenter, posts.tags, "
				+ "posts.category, roles, projects, teams, pictures, profilePicture, likedPosts.");
	}

	@Test
	void usersComeInTheRequestedOrderAndPageWithTheRequestedFields() {
		Response response = call(HttpMethod.GET, "/users?order=-username&limit=2&offset=1&fields=username", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(texts(response.body(), "username")).containsExactly("cid", "bob");
		assertThat(response.body().get(0).get("email").isNull()).isTrue();
	}

	@Test
	void aLimitAboveTheEndpointsMaximumIsABadRequest() {
		Response response = call(HttpMethod.GET, "/posts?limit=51", null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().get("detail").asString())
			.isEqualTo("Parameter 'limit' must be a whole number from 1 to 50, not '51'.");
	}

	@Test
	void aUsersPostsComeWithTheRequestedIncludesAndOrder() {
		Response response = call(HttpMethod.GET, "/users/1/posts?include=tags,category&order=-id", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(texts(response.body(), "title")).containsExactly("Scopes and polymorphism",
				"Eager loading without N+1");
		assertThat(response.body().get(0).has("tags")).isTrue();
	}

	@Test
	void aBadIdIsABadRequestAndAMissingOneIsNotFound() {
		Response bad = call(HttpMethod.GET, "/users/abc", null);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).isEqualTo("application/problem+json");
		Response missing = call(HttpMethod.GET, "/users/999", null);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body().get("detail").asString()).isEqualTo("User 999 does not exist");
	}

	@Test
	void aMemberWithoutAUserIsABadRequest() {
		Response response = call(HttpMethod.POST, "/projects/1/members", Map.of("role", "owner"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("detail").asString()).isEqualTo("userId is required");
	}

	@Test
	void deletingAPostSoftDeletesItAndRestoringItBringsItBack() {
		List<String> titles = List.of("Eager loading without N+1", "Scopes and polymorphism", "Running a small team");
		assertThat(call(HttpMethod.DELETE, "/posts/3", null).status()).isEqualTo(204);
		assertThat(texts(call(HttpMethod.GET, "/posts", null).body(), "title"))
			.containsExactlyElementsOf(titles.subList(0, 2));
		assertThat(call(HttpMethod.GET, "/users/2?include=posts", null).body().get("posts")).isEmpty();
		assertThat(call(HttpMethod.DELETE, "/posts/3", null).status()).as("already soft-deleted").isEqualTo(404);
		JsonNode all = call(HttpMethod.GET, "/posts?paranoid=false&include=comments", null).body();
		assertThat(texts(all, "title")).containsExactlyElementsOf(titles);
		assertThat(all.get(2).get("deletedAt").asString()).isNotEmpty();
		assertThat(all.get(2).get("updatedAt").asString()).isEqualTo(all.get(2).get("deletedAt").asString());
		assertThat(texts(all.get(2).get("comments"), "body")).as("a soft delete changes no other row")
			.containsExactly("Agreed");
		assertThat(all.get(0).get("deletedAt").isNull()).isTrue();
		Response restored = call(HttpMethod.POST, "/posts/3/restore", null);
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.body().get("title").asString()).isEqualTo("Running a small team");
		assertThat(restored.body().get("deletedAt").isNull()).isTrue();
		assertThat(texts(call(HttpMethod.GET, "/posts", null).body(), "title")).containsExactlyElementsOf(titles);
		assertThat(texts(call(HttpMethod.GET, "/users/2?include=posts", null).body().get("posts"), "title"))
			.containsExactly("Running a small team");
		assertThat(call(HttpMethod.POST, "/posts/99/restore", null).status()).isEqualTo(404);
	}

	@Test
	void pagesWindowsAndSearchesSkipASoftDeletedPostUnlessParanoidIsFalse() {
		assertThat(call(HttpMethod.DELETE, "/posts/3", null).status()).isEqualTo(204);
		try {
			JsonNode page = call(HttpMethod.GET, "/posts?page=0&size=5&sort=title", null).body();
			assertThat(texts(page.get("content"), "title")).containsExactly("Eager loading without N+1",
					"Scopes and polymorphism");
			assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);
			JsonNode all = call(HttpMethod.GET, "/posts?page=0&size=5&sort=title&paranoid=false", null).body();
			assertThat(texts(all.get("content"), "title")).containsExactly("Eager loading without N+1",
					"Running a small team", "Scopes and polymorphism");
			assertThat(all.get("page").get("totalElements").asLong()).isEqualTo(3);
			JsonNode window = call(HttpMethod.GET, "/posts/scroll?size=5", null).body();
			assertThat(texts(window.get("posts"), "title")).containsExactly("Eager loading without N+1",
					"Scopes and polymorphism");
			assertThat(call(HttpMethod.GET, "/users/search?postTitle=TEAM", null).body())
				.as("a path condition skips the soft-deleted post")
				.isEmpty();
		}
		finally {
			assertThat(call(HttpMethod.POST, "/posts/3/restore", null).status()).isEqualTo(200);
		}
		assertThat(texts(call(HttpMethod.GET, "/users/search?postTitle=TEAM", null).body(), "username"))
			.containsExactly("bob");
	}

	@Test
	void postsArePagedBySpringDataPageableParametersWithTheSortAfterTheFindsOrder() {
		Response first = call(HttpMethod.GET, "/posts?page=0&size=2&sort=title", null);
		assertThat(first.status()).isEqualTo(200);
		assertThat(texts(first.body().get("content"), "title")).containsExactly("Eager loading without N+1",
				"Running a small team");
		assertThat(first.body().get("content").get(1).get("author").get("username").asString()).isEqualTo("bob");
		assertThat(first.body().get("page").get("totalElements").asLong()).isEqualTo(3);
		assertThat(first.body().get("page").get("totalPages").asLong()).isEqualTo(2);
		Response second = call(HttpMethod.GET, "/posts?page=1&size=2&sort=title", null);
		assertThat(texts(second.body().get("content"), "title")).containsExactly("Scopes and polymorphism");
		Response byAuthor = call(HttpMethod.GET, "/posts?sort=author.username,desc&sort=title", null);
		assertThat(texts(byAuthor.body().get("content"), "title")).containsExactly("Running a small team",
				"Eager loading without N+1", "Scopes and polymorphism");
	}

	@Test
	void aSortOnAnUnknownAttributeOrAToManyPathIsABadRequest() {
		Response unknown = call(HttpMethod.GET, "/posts?sort=nope", null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("detail").asString()).startsWith("Post has no attribute 'nope'. Attributes of "
				+ "Post: id, authorId, categoryId, title");
		Response toMany = call(HttpMethod.GET, "/posts?sort=comments.body", null);
		assertThat(toMany.status()).isEqualTo(400);
		assertThat(toMany.body().get("detail").asString())
			.startsWith("Cannot order by 'comments.body': Post.comments (hasMany Comment) is a to-many association");
	}

	@Test
	void keysetWindowsOfPostsAnswerTheCursorOfTheNextWindow() {
		Response first = call(HttpMethod.GET, "/posts/scroll?size=2", null);
		assertThat(first.status()).isEqualTo(200);
		assertThat(texts(first.body().get("posts"), "title")).containsExactly("Eager loading without N+1",
				"Scopes and polymorphism");
		long next = first.body().get("next").asLong();
		assertThat(next).isEqualTo(first.body().get("posts").get(1).get("id").asLong());
		Response second = call(HttpMethod.GET, "/posts/scroll?size=2&after=" + next, null);
		assertThat(texts(second.body().get("posts"), "title")).containsExactly("Running a small team");
		assertThat(second.body().get("posts").get(0).get("author").get("username").asString()).isEqualTo("bob");
		assertThat(second.body().get("next").isNull()).isTrue();
	}

	@Test
	void usersAreSearchedByTheTitleOfTheirPostsEachUserOnce() {
		Response team = call(HttpMethod.GET, "/users/search?postTitle=TEAM", null);
		assertThat(team.status()).isEqualTo(200);
		assertThat(texts(team.body(), "username")).containsExactly("bob");
		assertThat(team.body().get(0).get("profile").get("bio").asString()).isEqualTo("Runs the platform team");
		assertThat(team.body().get(0).has("posts")).isFalse();
		Response e = call(HttpMethod.GET, "/users/search?postTitle=e", null);
		assertThat(texts(e.body(), "username")).containsExactly("ann", "bob");
		Response none = call(HttpMethod.GET, "/users/search?postTitle=100%25", null);
		assertThat(none.body()).isEmpty();
	}

	@Test
	void postingAUserCreatesItWithItsProfilePostsAndRolesInOneRequest() {
		Map<String, Object> body = Map.of("username", "gil", "email", "gil@example.com", "profile",
				Map.of("bio", "Grows tomatoes"), "posts",
				List.of(Map.of("title", "Hello", "body", "First post"), Map.of("title", "Tomatoes", "published", true)),
				"roles", List.of("editor", "gardener"));
		Response response = call(HttpMethod.POST, "/users", body);
		try {
			assertThat(response.status()).isEqualTo(201);
			JsonNode gil = response.body();
			long id = gil.get("id").asLong();
			assertThat(response.location()).isEqualTo("/users/" + id);
			assertThat(names(gil)).containsExactly("id", "username", "email", "active", "profilePictureId", "createdAt",
					"updatedAt", "profile", "posts", "roles");
			assertThat(gil.get("profile").get("userId").asLong()).isEqualTo(id);
			assertThat(gil.get("profile").get("id").isNumber()).isTrue();
			assertThat(texts(gil.get("posts"), "title")).containsExactly("Hello", "Tomatoes");
			gil.get("posts").forEach((post) -> assertThat(post.get("authorId").asLong()).isEqualTo(id));
			assertThat(texts(gil.get("roles"), "name")).containsExactly("editor", "gardener");
			JsonNode stored = call(HttpMethod.GET, "/users/" + id + "?include=profile,posts.tags,roles", null).body();
			assertThat(stored.get("profile").get("bio").asString()).isEqualTo("Grows tomatoes");
			assertThat(texts(stored.get("posts"), "title")).containsExactly("Hello", "Tomatoes");
			assertThat(texts(stored.get("roles"), "name")).containsExactly("editor", "gardener");
			assertThat(stored.get("roles").get(0).get("id").asLong())
				.isEqualTo(this.jdbc.queryForObject("SELECT id FROM roles WHERE name = 'editor'", Long.class));
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM roles", Long.class)).isEqualTo(3);
		}
		finally {
			this.jdbc.update("DELETE FROM posts WHERE author_id IN (SELECT id FROM users WHERE username = 'gil')");
			this.jdbc.update("DELETE FROM users WHERE username = 'gil'");
			this.jdbc.update("DELETE FROM roles WHERE name = 'gardener'");
		}
	}

	@Test
	void aUserThatTheDatabaseRefusesIsABadRequestAndNothingIsStored() {
		long profiles = this.jdbc.queryForObject("SELECT COUNT(*) FROM profiles", Long.class);
		Map<String, Object> body = Map.of("username", "hugo", "profile", Map.of("bio", "stored first"), "posts",
				List.of(Map.of("title", "fine"), Map.of("title", "x".repeat(300))), "roles", List.of("hugo's role"));
		Response response = call(HttpMethod.POST, "/users", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.body().get("title").asString()).isEqualTo("Write refused");
		assertThat(response.body().get("detail").asString())
			.startsWith("Cannot create the rows of User.posts (hasMany Post): the database refused (")
			.endsWith("No row of the graph was created.");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE username = 'hugo'", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM profiles", Long.class)).isEqualTo(profiles);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM roles", Long.class)).isEqualTo(2);
		Response untitled = call(HttpMethod.POST, "/users", Map.of("username", "ivy", "posts", List.of(Map.of())));
		assertThat(untitled.status()).isEqualTo(400);
		assertThat(untitled.body().get("detail").asString()).isEqualTo("Every post needs a title");
		Response anonymous = call(HttpMethod.POST, "/users", Map.of("email", "who@example.com"));
		assertThat(anonymous.status()).isEqualTo(400);
		assertThat(anonymous.body().get("detail").asString()).isEqualTo("username is required");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM users", Long.class)).isEqualTo(4);
	}

	private Response call(HttpMethod method, String path, Object body) {
		RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + this.port)
			.method(method)
			.uri(path)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
		}
		return request.exchange((req, res) -> {
			String text = new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			MediaType type = res.getHeaders().getContentType();
			java.net.URI location = res.getHeaders().getLocation();
			return new Response(res.getStatusCode().value(), (type != null) ? type.toString() : "",
					text.isEmpty() ? json.nullNode() : json.readTree(text), (location != null) ? location.toString() : "");
		});
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.get(field).asString()));
		return values;
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	record Response(int status, String contentType, JsonNode body, String location) {

	}

}
