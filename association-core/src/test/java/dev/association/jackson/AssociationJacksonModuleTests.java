package dev.association.jackson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.association.metadata.Metamodel;
import dev.association.seed.Post;
import dev.association.seed.Profile;
import dev.association.seed.Project;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.seed.UserProject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AssociationJacksonModuleTests {

	private final JsonMapper mapper = JsonMapper.builder()
		.addModule(new AssociationJacksonModule(Metamodel.of(Seeds.MODELS)))
		.build();

	@Test
	void writesAttributesInDeclarationOrderAndLeavesOutAssociationsThatWereNotIncluded() {
		User user = user();
		assertThat(this.mapper.writeValueAsString(user)).isEqualTo("{\"id\":1,\"username\":\"ann\","
				+ "\"email\":\"ann@example.com\",\"active\":true,\"profilePictureId\":null,"
				+ "\"createdAt\":\"2024-01-02T03:04:05Z\",\"updatedAt\":null}");
	}

	@Test
	void writesIncludedAssociationsAfterTheAttributesInDefinitionOrder() {
		User user = user();
		user.posts = new ArrayList<>();
		Profile profile = new Profile();
		profile.id = 7L;
		profile.userId = 1L;
		profile.bio = "hello";
		user.profile = profile;
		String json = this.mapper.writeValueAsString(user);
		assertThat(json).endsWith(",\"updatedAt\":null,\"profile\":{\"id\":7,\"userId\":1,\"bio\":\"hello\"},"
				+ "\"posts\":[]}");
	}

	@Test
	void writesNestedIncludesAsTrees() {
		User user = user();
		Post post = new Post();
		post.id = 3L;
		post.title = "First";
		post.authorId = 1L;
		user.posts = List.of(post);
		assertThat(this.mapper.readTree(this.mapper.writeValueAsString(user)).get("posts").get(0).get("title").asString())
			.isEqualTo("First");
	}

	@Test
	void writesTheJoinRowUnderTheJoinModelsName() {
		Project project = new Project();
		project.id = 5L;
		project.name = "apollo";
		UserProject membership = new UserProject();
		membership.userId = 1L;
		membership.projectId = 5L;
		membership.role = "owner";
		membership.joinedAt = Instant.parse("2024-02-03T04:05:06Z");
		project.userProject = membership;
		String json = this.mapper.writeValueAsString(project);
		assertThat(json).contains("\"UserProject\":{\"userId\":1,\"projectId\":5,\"role\":\"owner\","
				+ "\"joinedAt\":\"2024-02-03T04:05:06Z\"}");
		assertThat(json).doesNotContain("userProject");
	}

	private static User user() {
		User user = new User("ann");
		user.id = 1L;
		user.createdAt = Instant.parse("2024-01-02T03:04:05Z");
		return user;
	}

}
