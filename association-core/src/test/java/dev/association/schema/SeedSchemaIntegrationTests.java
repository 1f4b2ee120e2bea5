package dev.association.schema;

import java.util.List;
import java.util.Set;

import dev.association.Associations;
import dev.association.seed.Seeds;
import dev.association.testing.AllDatabases;
import dev.association.testing.SchemaInspector;
import dev.association.testing.SchemaInspector.ForeignKey;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed associations of the specification define and create on every database; the schema is read back
 * through DatabaseMetaData.
 */
class SeedSchemaIntegrationTests {

	private static SchemaInspector create(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.build();
		associations.schema().create();
		return new SchemaInspector(db.rawDataSource());
	}

	@AllDatabases
	void createsEveryTableOfTheSeedsIncludingEngineDefinedJoinTables(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.tables()).containsExactlyInAnyOrder("users", "profiles", "posts", "comments", "articles",
				"roles", "user_roles", "projects", "user_projects", "teams", "team_members", "departments",
				"employees", "products", "tags", "item_tags", "post_tags", "pictures");
	}

	@AllDatabases
	void columnsFollowTheAttributesInSnakeCaseWithTheirNullability(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.columns("users")).containsOnlyKeys("id", "username", "email", "active",
				"profile_picture_id", "created_at", "updated_at");
		assertThat(schema.columns("users").get("active").nullable()).isFalse();
		assertThat(schema.columns("users").get("username").nullable()).isTrue();
		assertThat(schema.columns("roles").get("name").nullable()).isFalse();
		assertThat(schema.primaryKey("users")).containsExactly("id");
	}

	@AllDatabases
	void userHasOneProfileWithCascadeOnDeleteAndUpdate(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.foreignKeys("profiles"))
			.containsExactly(new ForeignKey("user_id", "users", "id", "CASCADE", "CASCADE"));
		assertThat(schema.isIndexed("profiles", "user_id")).isTrue();
	}

	@AllDatabases
	void userHasManyPostsByAuthorIdWithSetNullByDefault(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.foreignKeys("posts"))
			.containsExactly(new ForeignKey("author_id", "users", "id", "SET_NULL", "CASCADE"));
		assertThat(schema.isIndexed("posts", "author_id")).isTrue();
	}

	@AllDatabases
	void belongsToManyThroughATableNameCreatesAJoinTableKeyedByBothColumns(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.columns("user_roles")).containsOnlyKeys("user_id", "role_id");
		assertThat(schema.primaryKey("user_roles")).containsExactly("user_id", "role_id");
		assertThat(schema.foreignKeys("user_roles")).containsExactlyInAnyOrder(
				new ForeignKey("user_id", "users", "id", "CASCADE", "CASCADE"),
				new ForeignKey("role_id", "roles", "id", "CASCADE", "CASCADE"));
		assertThat(schema.isIndexed("user_roles", "user_id")).isTrue();
		assertThat(schema.isIndexed("user_roles", "role_id")).isTrue();
	}

	@AllDatabases
	void aJoinModelKeepsItsExtraAttributesAndIsKeyedByThePair(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.columns("user_projects")).containsOnlyKeys("user_id", "project_id", "role", "joined_at");
		assertThat(schema.primaryKey("user_projects")).containsExactly("user_id", "project_id");
		assertThat(schema.foreignKeys("user_projects")).containsExactlyInAnyOrder(
				new ForeignKey("user_id", "users", "id", "CASCADE", "CASCADE"),
				new ForeignKey("project_id", "projects", "id", "CASCADE", "CASCADE"));
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM user_projects", Integer.class)).isZero();
		db.jdbc().update("INSERT INTO users (username, active) VALUES ('ann', TRUE)");
		db.jdbc().update("INSERT INTO projects (name) VALUES ('apollo')");
		db.jdbc().update("INSERT INTO user_projects (user_id, project_id) SELECT u.id, p.id FROM users u, projects p");
		assertThat(db.jdbc().queryForObject("SELECT role FROM user_projects", String.class)).isEqualTo("member");
		assertThat(db.jdbc().queryForObject("SELECT status FROM projects", String.class)).isEqualTo("active");
	}

	@AllDatabases
	void aJoinModelWithItsOwnKeyGetsAUniqueKeyOverThePair(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.primaryKey("team_members")).containsExactly("id");
		assertThat(schema.indexes("team_members", true).values()).anySatisfy(
				(columns) -> assertThat(Set.copyOf(columns)).isEqualTo(Set.of("team_id", "user_id")));
		assertThat(schema.columns("team_members")).containsKeys("deleted_at", "role");
	}

	@AllDatabases
	void otherKeyNamesTheJoinColumnOfTheTarget(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.columns("item_tags")).containsOnlyKeys("item_id", "label_id");
		assertThat(schema.foreignKeys("item_tags")).containsExactlyInAnyOrder(
				new ForeignKey("item_id", "products", "id", "CASCADE", "CASCADE"),
				new ForeignKey("label_id", "tags", "id", "CASCADE", "CASCADE"));
	}

	@AllDatabases
	void departmentEmployeesAreSetNullOnDelete(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.foreignKeys("employees"))
			.containsExactly(new ForeignKey("department_id", "departments", "id", "SET_NULL", "CASCADE"));
		assertThat(schema.isIndexed("employees", "department_id")).isTrue();
	}

	@AllDatabases
	void scopedHasManyIsAnOrdinaryForeignKey(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.foreignKeys("projects"))
			.containsExactly(new ForeignKey("team_id", "teams", "id", "SET_NULL", "CASCADE"));
	}

	@AllDatabases
	void constraintsFalseCreatesNoConstraintButStillAnIndex(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.foreignKeys("users")).isEmpty();
		assertThat(schema.isIndexed("users", "profile_picture_id")).isTrue();
		assertThat(schema.foreignKeys("pictures"))
			.containsExactly(new ForeignKey("user_id", "users", "id", "SET_NULL", "CASCADE"));
	}

	@AllDatabases
	void polymorphicCommentsHaveAnIndexedKeyAndNoConstraintOnIt(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.columns("comments")).containsKeys("commentable_id", "commentable_type", "commenter_id");
		assertThat(schema.foreignKeys("comments"))
			.containsExactly(new ForeignKey("commenter_id", "users", "id", "SET_NULL", "CASCADE"));
		assertThat(schema.isIndexed("comments", "commentable_id")).isTrue();
	}

	@AllDatabases
	void uniqueColumnsGetAUniqueKey(TestDatabase db) {
		SchemaInspector schema = create(db);
		assertThat(schema.indexes("roles", true).values()).contains(List.of("name"));
		assertThat(schema.indexes("tags", true).values()).contains(List.of("name"));
	}

	@AllDatabases
	void createIsIdempotentAndDropRemovesEveryTable(TestDatabase db) {
		create(db);
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.build();
		associations.schema().create();
		associations.schema().validate();
		associations.schema().drop();
		assertThat(new SchemaInspector(db.rawDataSource()).tables()).isEmpty();
	}

}
