package dev.association.sample;

import java.util.ArrayList;
import java.util.List;

import dev.association.Associations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator endpoint {@code associations} of the sample app over real HTTP (embedded H2).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AssociationsEndpointEndToEndTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private Associations associations;

	@Test
	void theEndpointListsEveryModelWithItsAttributesAndResolvedAssociations() {
		ResponseEntity<String> response = client().get().uri("/actuator/associations").retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		JsonNode models = json.readTree(response.getBody()).get("models");
		assertThat(texts(models, "name")).containsExactly("Article", "Category", "Comment", "Department", "Employee",
				"Like", "Picture", "Post", "Product", "Profile", "Project", "Role", "Tag", "Team", "TeamMember", "User",
				"UserProject");
		JsonNode user = models.get(15);
		assertThat(user.get("table").asString()).isEqualTo("users");
		assertThat(user.get("paranoid").asBoolean()).isFalse();
		assertThat(models.get(7).get("paranoid").asBoolean()).as("Post").isTrue();
		assertThat(texts(user.get("attributes"), "column")).containsExactly("id", "username", "email", "active",
				"profile_picture_id", "created_at", "updated_at");
		JsonNode posts = user.get("associations").get(1);
		assertThat(names(posts)).containsExactly("alias", "kind", "target", "foreignKey", "sourceKey", "targetKey",
				"through", "otherKey", "onDelete", "onUpdate", "scope");
		assertThat(posts.toString()).isEqualTo("{\"alias\":\"posts\",\"kind\":\"hasMany\",\"target\":\"Post\","
				+ "\"foreignKey\":\"authorId\",\"sourceKey\":\"id\",\"targetKey\":\"authorId\",\"through\":null,"
				+ "\"otherKey\":null,\"onDelete\":\"SET NULL\",\"onUpdate\":\"CASCADE\",\"scope\":{}}");
		JsonNode roles = user.get("associations").get(2);
		assertThat(roles.get("through").asString()).isEqualTo("user_roles");
		assertThat(roles.get("otherKey").asString()).isEqualTo("roleId");
		JsonNode activeProjects = models.get(13).get("associations").get(0);
		assertThat(activeProjects.get("scope").toString()).isEqualTo("{\"status\":\"active\"}");
	}

	@Test
	void theDiagramIsTheEnginesMermaidTextAsPlainText() {
		ResponseEntity<String> response = client().get()
			.uri("/actuator/associations/diagram")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
		assertThat(response.getBody()).isEqualTo(this.associations.diagram())
			.startsWith("erDiagram\n    articles {\n")
			.contains("    users ||--o{ posts : \"posts / author\"\n", "    posts ||--o{ post_tags : \"tags\"\n",
					"    tags ||--o{ post_tags : \"posts\"\n", "    users ||--o| profiles : \"profile / user\"\n");
	}

	@Test
	void anyOtherViewIsNotFound() {
		int status = client().get()
			.uri("/actuator/associations/erd")
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).isEqualTo(404);
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + this.port);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.get(field).asString()));
		return texts;
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

}
