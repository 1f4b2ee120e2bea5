package dev.association.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationRegistry;
import dev.association.Associations;
import dev.association.SchemaValidationException;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.seed.Seeds;
import dev.association.testing.AllDatabases;
import dev.association.testing.SchemaInspector;
import dev.association.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Cycles of FK constraints, DDL export as a Flyway migration, and validation of an existing schema.
 */
class SchemaLifecycleIntegrationTests {

	private static final String CYCLE = "Cyclic dependency found. 'users' is dependent of itself. "
			+ "Dependency chain: users -> pictures => users";

	private static Associations engine(TestDatabase db, Class<?>... models) {
		return Associations.builder().dataSource(db.dataSource()).models(models).build();
	}

	@AllDatabases
	void aCycleOfConstraintsFailsCreateAndExportWithTheChain(TestDatabase db) {
		db.reset();
		Associations associations = engine(db, CyclicUser.class, CyclicPicture.class);
		assertThatExceptionOfType(AssociationDefinitionException.class).isThrownBy(() -> associations.schema().create())
			.withMessage(CYCLE);
		assertThatExceptionOfType(AssociationDefinitionException.class).isThrownBy(() -> associations.schema().ddl())
			.withMessage(CYCLE);
		assertThat(new SchemaInspector(db.rawDataSource()).tables()).isEmpty();
	}

	@AllDatabases
	void constraintsFalseOnOneSideBreaksTheCycle(TestDatabase db) {
		db.reset();
		engine(db, Seeds.MODELS.toArray(Class[]::new)).schema().create();
		SchemaInspector schema = new SchemaInspector(db.rawDataSource());
		assertThat(schema.tables()).contains("users", "pictures");
		assertThat(schema.foreignKeys("users")).isEmpty();
		assertThat(schema.foreignKeys("pictures")).extracting(SchemaInspector.ForeignKey::referencedTable)
			.containsExactly("users");
	}

	@AllDatabases
	void theExportedDdlRunsAsAFlywayMigrationAndValidates(TestDatabase db, @TempDir Path migrations) throws Exception {
		db.reset();
		Associations associations = engine(db, Seeds.MODELS.toArray(Class[]::new));
		Files.writeString(migrations.resolve("V1__schema.sql"), associations.schema().ddl());
		Flyway.configure()
			.dataSource(db.rawDataSource())
			.locations("filesystem:" + migrations.toAbsolutePath())
			.load()
			.migrate();
		associations.schema().validate();
		assertThat(new SchemaInspector(db.rawDataSource()).tables()).contains("users", "user_roles", "post_tags",
				"flyway_schema_history");
	}

	@AllDatabases
	void validateListsEveryMissingTableAndColumnInOneMessage(TestDatabase db) {
		db.reset();
		Associations associations = engine(db, Seeds.MODELS.toArray(Class[]::new));
		associations.schema().create();
		db.jdbc().execute("DROP TABLE user_roles");
		db.jdbc().execute("ALTER TABLE comments DROP COLUMN commentable_id");
		db.jdbc().execute("ALTER TABLE users DROP COLUMN email");
		assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> associations.schema().validate())
			.satisfies((ex) -> assertThat(ex.getMismatches()).containsExactlyInAnyOrder(
					"column 'users.email' (User.email) is missing",
					"column 'comments.commentable_id' (Comment.commentableId) is missing",
					"join table 'user_roles' (user_roles) is missing"))
			.withMessageStartingWith("Schema validation found 3 mismatches between the models and the database:");
	}

	@AllDatabases
	void validateFailsOnAnEmptyDatabaseNamingEveryTable(TestDatabase db) {
		db.reset();
		Associations associations = engine(db, Seeds.MODELS.toArray(Class[]::new));
		assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> associations.schema().validate())
			.satisfies((ex) -> assertThat(ex.getMismatches()).hasSize(18)
				.contains("table 'users' (User) is missing", "join table 'post_tags' (post_tags) is missing"));
	}

	@AllDatabases
	void reservedWordsAsNamesAreQuoted(TestDatabase db) {
		db.reset();
		Associations associations = engine(db, Order.class);
		associations.schema().create();
		associations.schema().validate();
		assertThat(new SchemaInspector(db.rawDataSource()).columns("order")).containsOnlyKeys("id", "select", "group");
	}

	@Model(table = "users")
	static class CyclicUser {

		@Id
		Long id;

		Long profilePictureId;

		List<CyclicPicture> pictures;

		CyclicPicture profilePicture;

		static void associate(AssociationRegistry registry) {
			registry.model(CyclicUser.class)
				.hasMany(CyclicPicture.class, (a) -> a.as("pictures").foreignKey("userId"))
				.belongsTo(CyclicPicture.class, (a) -> a.as("profilePicture"));
		}

	}

	@Model(table = "pictures")
	static class CyclicPicture {

		@Id
		Long id;

		Long userId;

	}

	@Model(table = "order")
	static class Order {

		@Id
		Long id;

		String select;

		Integer group;

	}

}
