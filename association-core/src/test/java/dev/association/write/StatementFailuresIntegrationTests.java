package dev.association.write;

import java.util.List;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.Role;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A statement that fails is Spring's {@link DataAccessException} of the kind {@code JdbcTemplate} throws, and its
 * message names the operation and the model and holds the statement's text.
 */
class StatementFailuresIntegrationTests {

	@AllDatabases
	void aFindOnAMissingTableNamesTheFindAndTheModelAndCarriesItsSelect(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		dropTable(db, "posts");
		AssociationRepository<Post, Long> posts = associations.repository(Post.class);
		assertFailure(db, () -> posts.findAll(Find.where(Where.eq("title", "x"))), "find Post", "SELECT");
		assertFailure(db, () -> posts.count(Find.all()), "count Post", "SELECT COUNT");
	}

	@AllDatabases
	void anIncludeLevelOnAMissingTableNamesTheFindOfTheTopLevelModel(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		users.create(new User("ann"));
		dropTable(db, "posts");
		db.statements().reset();
		assertFailure(db, () -> users.findAll(Find.all().include("posts")), "find User", "SELECT");
		assertThat(db.statements().count()).isEqualTo(2);
	}

	@AllDatabases
	void writesOnAMissingTableNameTheWriteAndTheModelAndCarryTheirStatement(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		AssociationRepository<Post, Long> posts = associations.repository(Post.class);
		Post post = posts.create(new Post("kept"));
		dropTable(db, "posts");
		assertFailure(db, () -> posts.create(new Post("one")), "create Post", "INSERT INTO");
		assertFailure(db, () -> posts.bulkCreate(List.of(new Post("two"), new Post("three"))), "bulkCreate Post",
				"INSERT INTO");
		assertFailure(db, () -> posts.update(post), "update Post", "UPDATE");
		assertFailure(db, () -> posts.destroy(post), "destroy Post", "DELETE FROM");
		assertFailure(db, () -> posts.destroy(Where.like("title", "k%")), "destroy Post", "DELETE FROM");
	}

	@AllDatabases
	void accessorStatementsNameTheAccessorMethodAndTheAssociation(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		User ann = users.create(new User("ann"));
		Role admin = associations.<Role, Long>repository(Role.class).create(new Role("admin"));
		dropTable(db, "posts");
		dropTable(db, "user_roles");
		assertFailure(db, () -> users.<Post>many(ann, "posts").set(List.of(1L, 2L)),
				"set User.posts (hasMany Post)", "SELECT");
		assertFailure(db, () -> users.<Post>many(ann, "posts").get(), "get User.posts (hasMany Post)", "SELECT");
		assertFailure(db, () -> users.<Post>many(ann, "posts").create(new Post("p")),
				"create User.posts (hasMany Post)", "INSERT INTO");
		assertFailure(db, () -> users.<Role>many(ann, "roles").add(admin), "add User.roles (belongsToMany Role)",
				"SELECT");
		assertFailure(db, () -> users.<Role>many(ann, "roles").count(), "count User.roles (belongsToMany Role)",
				"SELECT COUNT");
	}

	@AllDatabases
	void aSchemaStatementNamesTheTableItCreates(TestDatabase db) {
		db.reset();
		// a view where a table is expected: CREATE TABLE IF NOT EXISTS skips it, the join table's FK to it fails
		db.jdbc().execute("CREATE VIEW tags AS SELECT 1 AS id");
		try {
			Associations associations = Associations.builder()
				.dataSource(db.dataSource())
				.models(Seeds.MODELS.toArray(Class[]::new))
				.build();
			DataAccessException failure = catchThrowableOfType(DataAccessException.class,
					() -> associations.schema().create());
			assertThat(failure).isNotNull();
			assertThat(failure.getMessage()).startsWith("create the table of post_tags; ")
				.containsIgnoringCase("CREATE TABLE IF NOT EXISTS ")
				.containsIgnoringCase("post_tags")
				.contains("REFERENCES");
		}
		finally {
			db.jdbc().execute("DROP VIEW IF EXISTS tags");
		}
	}

	private static void assertFailure(TestDatabase db, ThrowingCallable call, String operation, String sqlStart) {
		db.statements().reset();
		BadSqlGrammarException failure = catchThrowableOfType(BadSqlGrammarException.class, call);
		assertThat(failure).as(operation).isNotNull();
		String statement = lastStatement(db);
		assertThat(statement).contains(sqlStart);
		assertThat(failure.getSql()).isEqualTo(statement);
		assertThat(failure.getMessage()).isEqualTo(operation + "; bad SQL grammar [" + statement + "]");
	}

	private static String lastStatement(TestDatabase db) {
		List<String> statements = db.statements().statements();
		assertThat(statements).isNotEmpty();
		return statements.get(statements.size() - 1);
	}

	/**
	 * Drops a table and the foreign keys that point at it, so that statements on it fail.
	 */
	static void dropTable(TestDatabase db, String table) {
		if (db.name().equals("mariadb")) {
			db.jdbc().execute((java.sql.Connection connection) -> {
				try (java.sql.Statement statement = connection.createStatement()) {
					statement.execute("SET FOREIGN_KEY_CHECKS = 0");
					statement.execute("DROP TABLE " + table);
					statement.execute("SET FOREIGN_KEY_CHECKS = 1");
				}
				return null;
			});
		}
		else {
			db.jdbc().execute("DROP TABLE " + table + " CASCADE");
		}
	}

}
