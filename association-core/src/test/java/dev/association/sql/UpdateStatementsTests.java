package dev.association.sql;

import java.util.Arrays;
import java.util.List;

import dev.association.dialect.Dialects;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.sql.WriteStatementModels.Author;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of upserts, increments and bulk updates on H2, PostgreSQL and MariaDB, without a database: one statement
 * each, the upsert's form being each database's own.
 */
class UpdateStatementsTests {

	private static final Metamodel METAMODEL = Metamodel.of(WriteStatementModels.ALL);

	private static final ModelMetadata AUTHOR = METAMODEL.model(Author.class);

	private static UpdateStatements updates(SqlDialect dialect) {
		return new UpdateStatements(dialect, new TableNames(METAMODEL, dialect), AUTHOR, List.of(AUTHOR.requireId()),
				AUTHOR.updatedAt());
	}

	private static List<Attribute> attributes(String... names) {
		return Arrays.stream(names).map(AUTHOR::attribute).toList();
	}

	@Test
	void postgresqlUpsertsWithOnConflictDoUpdateAndReturnsTheKeptColumns() {
		assertThat(updates(Dialects.POSTGRESQL).upsert(attributes("name", "createdAt", "updatedAt"), attributes("name"),
				attributes("id", "createdAt"), attributes("id", "createdAt")))
			.isEqualTo("INSERT INTO \"authors\" (\"name\", \"created_at\", \"updated_at\") VALUES (?, ?, ?) "
					+ "ON CONFLICT (\"name\") DO UPDATE SET \"updated_at\" = EXCLUDED.\"updated_at\" "
					+ "RETURNING \"id\", \"created_at\"");
	}

	@Test
	void mariadbUpsertsWithOnDuplicateKeyUpdateReturning() {
		assertThat(updates(Dialects.MARIADB).upsert(attributes("id", "name", "createdAt", "updatedAt"),
				attributes("id"), attributes("id", "createdAt"), attributes("id", "createdAt")))
			.isEqualTo("INSERT INTO `authors` (`id`, `name`, `created_at`, `updated_at`) VALUES (?, ?, ?, ?) "
					+ "ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `updated_at` = VALUES(`updated_at`) "
					+ "RETURNING `id`, `created_at`");
	}

	@Test
	void h2UpsertsWithAStandardMergeInsideFinalTable() {
		assertThat(updates(Dialects.H2).upsert(attributes("id", "name", "updatedAt"), attributes("id"),
				attributes("id"), attributes("id")))
			.isEqualTo("SELECT \"ID\" FROM FINAL TABLE (MERGE INTO \"AUTHORS\" t USING (VALUES (CAST(? AS BIGINT), "
					+ "CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP WITH TIME ZONE))) s (\"ID\", \"NAME\", \"UPDATED_AT\") "
					+ "ON t.\"ID\" = s.\"ID\" WHEN MATCHED THEN UPDATE SET \"NAME\" = s.\"NAME\", "
					+ "\"UPDATED_AT\" = s.\"UPDATED_AT\" WHEN NOT MATCHED THEN INSERT (\"ID\", \"NAME\", \"UPDATED_AT\") "
					+ "VALUES (s.\"ID\", s.\"NAME\", s.\"UPDATED_AT\"))");
	}

	@Test
	void anIncrementIsOneAtomicUpdateThatReturnsTheStoredValueWhereTheDatabaseCan() {
		Attribute name = AUTHOR.attribute("name");
		String increment = updates(Dialects.POSTGRESQL).increment(name) + updates(Dialects.POSTGRESQL).byKey();
		assertThat(increment)
			.isEqualTo("UPDATE \"authors\" SET \"name\" = \"name\" + ?, \"updated_at\" = ? WHERE \"id\" = ?");
		assertThat(Dialects.POSTGRESQL.updateReturning(increment, List.of(name)))
			.isEqualTo(increment + " RETURNING \"name\"");
		assertThat(Dialects.H2.updateReturning("UPDATE x", List.of(name)))
			.isEqualTo("SELECT \"NAME\" FROM FINAL TABLE (UPDATE x)");
		assertThat(Dialects.MARIADB.updateReturning(increment, List.of(name))).isNull();
		assertThat(updates(Dialects.MARIADB).selectByKey(name)).isEqualTo("SELECT `name` FROM `authors` WHERE `id` = ?");
	}

	@Test
	void aBulkUpdateSetsTheGivenAttributes() {
		assertThat(updates(Dialects.POSTGRESQL).set(attributes("name", "updatedAt")))
			.isEqualTo("UPDATE \"authors\" SET \"name\" = ?, \"updated_at\" = ?");
	}

}
