package dev.association.schema;

import dev.association.Associations;
import dev.association.seed.Seeds;
import dev.association.testing.AllDatabases;
import dev.association.testing.SchemaInspector;
import dev.association.testing.SchemaInspector.ForeignKey;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class SeedSchemaIntegrationTests {

	private static SchemaInspector create(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder().dataSource(db.dataSource()).models(Seeds.MODELS.toArray(Class[]::new)).build();
		associations.schema().create();
		return new SchemaInspector(db.rawDataSource());
	}

	@AllDatabases
	void createsEveryTableOfTheSeedsIncludingEngineDefinedJoinTables(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.tables()).contains("users", "profiles", "posts", "comments", "articles", "roles",
				"user_roles", "projects", "user_projects", "teams", "team_members", "departments", "employees",
				"products", "tags", "item_tags", "post_tags", "pictures");
	}

	@AllDatabases
	void profileBelongsToUserWithCascade(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.foreignKeys("profiles"))
			.containsExactly(new ForeignKey("user_id", "users", "id", "CASCADE", "CASCADE"));
		assertThat(schema.isIndexed("profiles", "user_id")).isTrue();
	}

}
