package dev.association.sql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.association.dialect.Dialects;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.metadata.ValueType;
import dev.association.query.Where;
import dev.association.sql.WriteStatementModels.Author;
import dev.association.sql.WriteStatementModels.Book;
import dev.association.sql.WriteStatementModels.Labelling;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of every write statement, rendered once per model and association, on H2, PostgreSQL and MariaDB,
 * without a database. Expectations are written in PostgreSQL's quoting; {@link #quoted} turns them into MariaDB's
 * backticks and H2's upper-case folded names, so that the differences that are not quoting (inserts that skip
 * duplicates) are asserted on their own.
 */
class WriteStatementsTests {

	private static final List<SqlDialect> DIALECTS = List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MARIADB);

	private static final Metamodel METAMODEL = Metamodel.of(WriteStatementModels.ALL);

	@Test
	void modelStatementsInsertUpdateDeleteAndSelectWholeRowsByTheirKey() {
		for (SqlDialect dialect : DIALECTS) {
			ModelStatements authors = model(dialect, Author.class);
			assertThat(authors.table()).isEqualTo(quoted(dialect, "\"authors\""));
			assertThat(authors.insert()).isEqualTo(quoted(dialect,
					"INSERT INTO \"authors\" (\"id\", \"name\", \"created_at\", \"updated_at\") VALUES (?, ?, ?, ?)"));
			assertThat(authors.update()).isEqualTo(quoted(dialect,
					"UPDATE \"authors\" SET \"name\" = ?, \"created_at\" = ?, \"updated_at\" = ? WHERE \"id\" = ?"));
			assertThat(authors.delete()).isEqualTo(quoted(dialect, "DELETE FROM \"authors\" WHERE \"id\" = ?"));
			assertThat(authors.select()).isEqualTo(
					quoted(dialect, "SELECT \"id\", \"name\", \"created_at\", \"updated_at\" FROM \"authors\""));
		}
	}

	@Test
	void theInsertOfAGeneratedKeyLeavesTheKeyOut() {
		for (SqlDialect dialect : DIALECTS) {
			assertThat(model(dialect, Author.class).insertGenerated()).isEqualTo(quoted(dialect,
					"INSERT INTO \"authors\" (\"name\", \"created_at\", \"updated_at\") VALUES (?, ?, ?)"));
		}
	}

	@Test
	void aModelWithoutAGeneratedKeyHasNoInsertReturningOne() {
		ModelMetadata joinTable = METAMODEL.model(Author.class).association("genres").joinTable().model();
		ModelStatements statements = new ModelStatements(Dialects.POSTGRESQL, tables(Dialects.POSTGRESQL), joinTable,
				List.of(), null);
		assertThat(statements.insertGenerated()).isNull();
		assertThat(statements.update()).isNull();
	}

	@Test
	void deleteByWhereQualifiesTheConditionsColumnsByTheTable() {
		for (SqlDialect dialect : DIALECTS) {
			ModelMetadata author = METAMODEL.model(Author.class);
			SqlFragment condition = ConditionWriter.render(dialect, tables(dialect), author,
					Where.and(Where.eq("name", "ada"), Where.isNull("updatedAt")));
			assertThat(model(dialect, Author.class).deleteWhere(condition)).isEqualTo(quoted(dialect,
					"DELETE FROM \"authors\" WHERE (\"authors\".\"name\" = ? AND \"authors\".\"updated_at\" IS NULL)"));
			assertThat(condition.values()).containsExactly(new BoundValue(ValueType.STRING, "ada"));
		}
	}

	@Test
	void theChildrenOfACascadingDestroyAreFoundByTheirForeignKeyAndScope() {
		for (SqlDialect dialect : DIALECTS) {
			AssociationMetadata labels = METAMODEL.model(Book.class).association("labels");
			SqlFragment where = ModelStatements.childRows(dialect, tables(dialect), labels.joinTable().model(),
					labels.joinTable().foreignKey(), labels.joinTable().discriminator());
			assertThat(where.sql())
				.isEqualTo(quoted(dialect, " WHERE \"labelled_id\" = ? AND \"labelled_type\" = ?"));
			assertThat(where.values()).containsExactly(new BoundValue(ValueType.STRING, "book"));
		}
	}

	@Test
	void aScopedHasManyLinksByWritingTheForeignKeyTheScopeAndUpdatedAt() {
		for (SqlDialect dialect : DIALECTS) {
			ForeignKeyStatements drafts = foreignKey(dialect, Author.class, "drafts");
			assertThat(drafts.keyColumn()).isEqualTo(quoted(dialect, "\"id\""));
			assertThat(drafts.link() + "<keys>").isEqualTo(quoted(dialect,
					"UPDATE \"books\" SET \"author_id\" = ?, \"status\" = ?, \"updated_at\" = ? WHERE <keys>"));
			assertThat(drafts.linkScope()).containsExactly(new BoundValue(ValueType.STRING, "draft"));
		}
	}

	@Test
	void aScopedHasManyUnlinksOnlyItsOwnRowsAndCountsAndSelectsInsideItsScope() {
		for (SqlDialect dialect : DIALECTS) {
			ForeignKeyStatements drafts = foreignKey(dialect, Author.class, "drafts");
			assertThat(drafts.unlink() + "<keys>").isEqualTo(quoted(dialect,
					"UPDATE \"books\" SET \"author_id\" = NULL, \"updated_at\" = ? WHERE \"author_id\" = ? AND <keys>"));
			assertThat(drafts.selectLinked()).isEqualTo(
					quoted(dialect, "SELECT \"id\" FROM \"books\" WHERE \"author_id\" = ? AND \"status\" = ?"));
			assertThat(drafts.has() + "<keys>").isEqualTo(quoted(dialect,
					"SELECT COUNT(*) FROM \"books\" WHERE \"author_id\" = ? AND \"status\" = ? AND <keys>"));
			assertThat(drafts.scopeValues()).containsExactly(new BoundValue(ValueType.STRING, "draft"));
		}
	}

	@Test
	void aBelongsToLinksByWritingTheSourcesOwnForeignKeyByItsRowKey() {
		for (SqlDialect dialect : DIALECTS) {
			ForeignKeyStatements author = foreignKey(dialect, Book.class, "author");
			assertThat(author.link()).isEqualTo(
					quoted(dialect, "UPDATE \"books\" SET \"author_id\" = ?, \"updated_at\" = ? WHERE \"id\" = ?"));
		}
	}

	@Test
	void aJoinRowInsertSkipsPairsThatAreAlreadyThereInEachDatabasesWay() {
		assertThat(join(Dialects.POSTGRESQL, Author.class, "genres").insert())
			.isEqualTo("INSERT INTO \"author_genres\" (\"author_id\", \"genre_id\") VALUES (?, ?) "
					+ "ON CONFLICT (\"author_id\", \"genre_id\") DO NOTHING");
		assertThat(join(Dialects.MARIADB, Author.class, "genres").insert())
			.isEqualTo("INSERT INTO `author_genres` (`author_id`, `genre_id`) VALUES (?, ?) "
					+ "ON DUPLICATE KEY UPDATE `author_id` = `author_id`");
		assertThat(join(Dialects.H2, Author.class, "genres").insert())
			.isEqualTo("MERGE INTO \"AUTHOR_GENRES\" (\"AUTHOR_ID\", \"GENRE_ID\") KEY (\"AUTHOR_ID\", \"GENRE_ID\") "
					+ "VALUES (?, ?)");
	}

	@Test
	void aJoinModelRowInsertLeavesItsGeneratedKeyOutAndIsKeyedByThePairAndTheDiscriminator() {
		assertThat(join(Dialects.POSTGRESQL, Book.class, "labels").insert()).isEqualTo("INSERT INTO \"labellings\" "
				+ "(\"labelled_id\", \"label_id\", \"labelled_type\", \"note\", \"deleted_at\", \"updated_at\") "
				+ "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (\"labelled_id\", \"label_id\", \"labelled_type\") DO NOTHING");
		assertThat(join(Dialects.MARIADB, Book.class, "labels").insert()).isEqualTo("INSERT INTO `labellings` "
				+ "(`labelled_id`, `label_id`, `labelled_type`, `note`, `deleted_at`, `updated_at`) "
				+ "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `labelled_id` = `labelled_id`");
		assertThat(join(Dialects.H2, Book.class, "labels").insert()).isEqualTo("MERGE INTO \"LABELLINGS\" "
				+ "(\"LABELLED_ID\", \"LABEL_ID\", \"LABELLED_TYPE\", \"NOTE\", \"DELETED_AT\", \"UPDATED_AT\") "
				+ "KEY (\"LABELLED_ID\", \"LABEL_ID\", \"LABELLED_TYPE\") VALUES (?, ?, ?, ?, ?, ?)");
	}

	@Test
	void joinRowsAreSelectedWithTheirInScopeFlagAndNeverThoseOfAnotherDiscriminator() {
		for (SqlDialect dialect : DIALECTS) {
			JoinStatements labels = join(dialect, Book.class, "labels");
			assertThat(labels.scoped()).isTrue();
			assertThat(labels.selectLinks()).isEqualTo(quoted(dialect, "SELECT \"label_id\", CASE WHEN 1 = 1 AND "
					+ "\"deleted_at\" IS NULL THEN 1 ELSE 0 END FROM \"labellings\" WHERE \"labelled_id\" = ? "
					+ "AND \"labelled_type\" = ?"));
			assertThat(labels.discriminatorValues()).containsExactly(new BoundValue(ValueType.STRING, "book"));
			JoinStatements genres = join(dialect, Author.class, "genres");
			assertThat(genres.scoped()).isFalse();
			assertThat(genres.selectLinks())
				.isEqualTo(quoted(dialect, "SELECT \"genre_id\" FROM \"author_genres\" WHERE \"author_id\" = ?"));
		}
	}

	@Test
	void joinRowUpdatesWriteTheThroughScopeTheAttributesAndUpdatedAtOnTheDiscriminatorsRowsOnly() {
		for (SqlDialect dialect : DIALECTS) {
			JoinStatements labels = join(dialect, Book.class, "labels");
			ModelMetadata labelling = METAMODEL.model(Labelling.class);
			Attribute note = labelling.attribute("note");
			assertThat(labels.update(List.of(note), labelling.updatedAt()) + "<keys>").isEqualTo(quoted(dialect,
					"UPDATE \"labellings\" SET \"labelled_type\" = ?, \"deleted_at\" = ?, \"note\" = ?, "
							+ "\"updated_at\" = ? WHERE \"labelled_id\" = ? AND \"labelled_type\" = ? AND <keys>"));
			assertThat(labels.scopeSetValues()).containsExactly(new BoundValue(ValueType.STRING, "book"),
					new BoundValue(ValueType.INSTANT, null));
		}
	}

	@Test
	void joinRowDeletesAndCountsStayInsideTheThroughScopeAndTheTargetScope() {
		for (SqlDialect dialect : DIALECTS) {
			JoinStatements labels = join(dialect, Book.class, "labels");
			assertThat(labels.delete() + "<keys>").isEqualTo(quoted(dialect, "DELETE FROM \"labellings\" WHERE "
					+ "\"labelled_id\" = ? AND \"labelled_type\" = ? AND \"deleted_at\" IS NULL AND <keys>"));
			assertThat(labels.throughScopeValues()).containsExactly(new BoundValue(ValueType.STRING, "book"));
			assertThat(labels.has() + "<keys>").isEqualTo(quoted(dialect, "SELECT COUNT(DISTINCT j.\"label_id\") "
					+ "FROM \"labellings\" j JOIN \"labels\" t ON t.\"id\" = j.\"label_id\" AND t.\"kind\" = ? "
					+ "WHERE j.\"labelled_id\" = ? AND j.\"labelled_type\" = ? AND j.\"deleted_at\" IS NULL AND <keys>"));
			assertThat(labels.hasTargetScope()).containsExactly(new BoundValue(ValueType.STRING, "topic"));
			assertThat(labels.selectTargetKeys()).isNull();
		}
	}

	@Test
	void aWritesKeyListIsOneArrayOnPostgresqlAndPlaceholdersElsewhere() {
		List<Object> keys = List.of(1L, 2L, 3L);
		JoinStatements postgres = join(Dialects.POSTGRESQL, Book.class, "labels");
		List<SqlFragment> array = KeyConditions.of(Dialects.POSTGRESQL, postgres.otherKey(), ValueType.LONG, keys, 3);
		assertThat(array).extracting(SqlFragment::sql).containsExactly("\"label_id\" IN (SELECT UNNEST(?))");
		assertThat(postgres.delete() + array.get(0).sql()).isEqualTo("DELETE FROM \"labellings\" WHERE "
				+ "\"labelled_id\" = ? AND \"labelled_type\" = ? AND \"deleted_at\" IS NULL AND \"label_id\" IN "
				+ "(SELECT UNNEST(?))");
		JoinStatements mariadb = join(Dialects.MARIADB, Book.class, "labels");
		List<SqlFragment> list = KeyConditions.of(Dialects.MARIADB, mariadb.otherKey(), ValueType.LONG, keys, 3);
		assertThat(mariadb.delete() + list.get(0).sql()).isEqualTo("DELETE FROM `labellings` WHERE "
				+ "`labelled_id` = ? AND `labelled_type` = ? AND `deleted_at` IS NULL AND `label_id` IN (?, ?, ?)");
	}

	private static ModelStatements model(SqlDialect dialect, Class<?> type) {
		ModelMetadata model = METAMODEL.model(type);
		return new ModelStatements(dialect, tables(dialect), model, List.of(model.id()), model.id());
	}

	private static ForeignKeyStatements foreignKey(SqlDialect dialect, Class<?> source, String alias) {
		AssociationMetadata association = METAMODEL.model(source).association(alias);
		ModelMetadata holder = association.foreignKeyHolder();
		return new ForeignKeyStatements(association, List.of(association.source().id()), holder.updatedAt(), dialect,
				tables(dialect));
	}

	private static JoinStatements join(SqlDialect dialect, Class<?> source, String alias) {
		AssociationMetadata association = METAMODEL.model(source).association(alias);
		ModelMetadata joinModel = association.joinTable().model();
		Attribute id = joinModel.id();
		ModelStatements rows = new ModelStatements(dialect, tables(dialect), joinModel,
				(id != null) ? List.of(id) : association.joinTable().linkKey(), id);
		return new JoinStatements(association, rows, dialect, tables(dialect));
	}

	private static TableNames tables(SqlDialect dialect) {
		return new TableNames(METAMODEL, dialect);
	}

	/**
	 * An expectation written with PostgreSQL's quoting ({@code "name"}) in a dialect's quoting: backticks on MariaDB,
	 * upper-case names on H2.
	 */
	private static String quoted(SqlDialect dialect, String postgresql) {
		if (dialect == Dialects.POSTGRESQL) {
			return postgresql;
		}
		Matcher identifier = Pattern.compile("\"([^\"]*)\"").matcher(postgresql);
		StringBuilder sql = new StringBuilder();
		while (identifier.find()) {
			String name = identifier.group(1);
			String replacement = (dialect == Dialects.MARIADB) ? "`" + name + "`" : "\"" + name.toUpperCase() + "\"";
			identifier.appendReplacement(sql, Matcher.quoteReplacement(replacement));
		}
		identifier.appendTail(sql);
		return sql.toString();
	}

}
