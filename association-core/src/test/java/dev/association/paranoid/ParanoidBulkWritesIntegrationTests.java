package dev.association.paranoid;

import java.util.Map;

import dev.association.Associations;
import dev.association.QueryException;
import dev.association.paranoid.ParanoidModels.Article;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.FoundOrCreated;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;

import static dev.association.paranoid.ParanoidFixture.count;
import static dev.association.paranoid.ParanoidFixture.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The writes of SPEC 10.2 that find their rows by a condition skip soft-deleted rows, as Sequelize's bulk update
 * does: {@code update(values, where)}, {@code increment(Where, ...)}, {@code reload} and {@code findOrCreate}
 * (data: {@link ParanoidFixture}: articles two and four are soft-deleted).
 */
class ParanoidBulkWritesIntegrationTests {

	private static AssociationRepository<Article, Long> articles(Associations associations) {
		return associations.repository(Article.class);
	}

	@AllDatabasesAndGalera
	void updateValuesWhereSkipsSoftDeletedRows(TestDatabase db) {
		AssociationRepository<Article, Long> articles = articles(ParanoidFixture.engine(db));
		assertThat(articles.update(Map.of("title", "renamed"), Where.like("title", "%"))).isEqualTo(3);
		assertThat(longs(db, "SELECT id FROM articles WHERE title = 'renamed' ORDER BY id")).containsExactly(1L, 3L,
				5L);
		assertThat(count(db, "SELECT COUNT(*) FROM articles WHERE id IN (2, 4) AND updated_at IS NULL"))
			.as("soft-deleted rows untouched")
			.isEqualTo(2);
		assertThat(articles.update(Map.of("title", "back"), Where.eq("id", 2L))).isZero();
	}

	@AllDatabasesAndGalera
	void incrementWhereSkipsSoftDeletedRows(TestDatabase db) {
		AssociationRepository<Article, Long> articles = articles(ParanoidFixture.engine(db));
		assertThat(articles.increment(Where.eq("authorId", 1L), "authorId", 1)).isEqualTo(2);
		assertThat(longs(db, "SELECT author_id FROM articles ORDER BY id")).containsExactly(2L, 1L, 2L, 2L, 3L);
		assertThat(articles.increment(Where.eq("id", 4L), "authorId", 1)).isZero();
	}

	@AllDatabasesAndGalera
	void reloadOfASoftDeletedRowFailsUnlessTheFindIsParanoidFalse(TestDatabase db) {
		AssociationRepository<Article, Long> articles = articles(ParanoidFixture.engine(db));
		Article two = articles.findByPk(2L, Find.all().paranoid(false)).orElseThrow();
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> articles.reload(two))
			.withMessageContaining("no longer exists");
		db.jdbc().update("UPDATE articles SET title = 'TWO' WHERE id = 2");
		assertThat(articles.reload(two, Find.all().paranoid(false)).title).isEqualTo("TWO");
		Article one = articles.findByPk(1L).orElseThrow();
		articles.destroy(one);
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> articles.reload(one));
	}

	@AllDatabasesAndGalera
	void findOrCreateDoesNotFindASoftDeletedRowAndCreatesOne(TestDatabase db) {
		AssociationRepository<Article, Long> articles = articles(ParanoidFixture.engine(db));
		Article defaults = new Article();
		defaults.authorId = 1L;
		FoundOrCreated<Article> two = articles.findOrCreate(Where.eq("title", "two"), defaults);
		assertThat(two.created()).isTrue();
		assertThat(two.instance().id).isNotEqualTo(2L);
		assertThat(count(db, "SELECT COUNT(*) FROM articles WHERE title = 'two'")).isEqualTo(2);
		Article again = new Article();
		again.authorId = 1L;
		FoundOrCreated<Article> found = articles.findOrCreate(Where.eq("title", "two"), again);
		assertThat(found.created()).isFalse();
		assertThat(found.instance().id).isEqualTo(two.instance().id);
	}

}
