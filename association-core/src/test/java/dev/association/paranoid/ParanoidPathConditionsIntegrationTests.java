package dev.association.paranoid;

import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.paranoid.ParanoidModels.Article;
import dev.association.paranoid.ParanoidModels.Author;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static dev.association.paranoid.ParanoidFixture.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path conditions look through live rows only: every paranoid table along a path (a to-one step's LEFT JOIN, the
 * tables inside an {@code EXISTS}, the join model of a belongsToMany step) skips its soft-deleted rows, whatever the
 * find's {@code paranoid}, in reads, counts, {@code destroy(Where)} and {@code update(values, where)} (data:
 * {@link ParanoidFixture}: bob's only article, four, and cid are soft-deleted).
 */
class ParanoidPathConditionsIntegrationTests {

	private static List<String> names(List<Author> authors) {
		return authors.stream().map((a) -> a.name).toList();
	}

	@AllDatabases
	void aParentWhoseOnlyMatchingChildIsSoftDeletedIsNotFoundUntilTheChildIsRestored(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		Find byFour = Find.where(Where.eq("articles.title", "four"));
		assertThat(authors.findAll(byFour)).isEmpty();
		assertThat(authors.count(byFour)).isZero();
		assertThat(authors.findAndCountAll(byFour).count()).isZero();
		assertThat(authors.findAll(byFour.paranoid(false))).as("paranoid(false) is about the rows returned")
			.isEmpty();
		assertThat(associations.repository(Article.class).restore(Where.eq("id", 4L))).isEqualTo(1);
		assertThat(names(authors.findAll(byFour))).containsExactly("bob");
		assertThat(authors.count(byFour)).isEqualTo(1);
	}

	@AllDatabases
	void everyParanoidStepInsideTheExistsSkipsSoftDeletedRows(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		assertThat(authors.findAll(Find.where(Where.eq("articles.remarks.body", "gone")))).isEmpty();
		assertThat(names(authors.findAll(Find.where(Where.eq("articles.remarks.body", "nice")))))
			.containsExactly("ann");
		String sql = db.statements().statements().get(db.statements().count() - 1);
		assertThat(sql.substring(sql.indexOf("EXISTS"))).contains("IS NULL");
	}

	@AllDatabases
	void aBelongsToManyStepSkipsSoftDeletedJoinRowsAndTargets(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		assertThat(names(authors.findAll(Find.where(Where.eq("labels.name", "sql"))))).as("ann's tagging is gone")
			.containsExactly("bob");
		assertThat(authors.findAll(Find.where(Where.eq("labels.name", "old")))).as("the label is gone").isEmpty();
		assertThat(associations.repository(ParanoidModels.Tagging.class).restore(Where.eq("id", 2L))).isEqualTo(1);
		assertThat(names(authors.findAll(Find.where(Where.eq("labels.name", "sql"))))).containsExactly("ann", "bob");
	}

	@AllDatabases
	void aToOneStepSkipsASoftDeletedTargetAsIfItWereAbsent(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Article, Long> articles = associations.repository(Article.class);
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		Find byCid = Find.where(Where.eq("author.name", "cid"));
		assertThat(articles.findAll(byCid)).isEmpty();
		assertThat(articles.count(byCid)).isZero();
		String sql = db.statements().statements().get(0);
		assertThat(sql.substring(sql.indexOf("LEFT JOIN"), sql.indexOf("WHERE"))).contains("IS NULL");
		assertThat(authors.findAll(Find.where(Where.eq("bio.text", "bob wrote")))).isEmpty();
		assertThat(authors.restore(Where.eq("id", 3L))).isEqualTo(1);
		assertThat(articles.findAll(byCid)).extracting((a) -> a.title).containsExactly("five");
	}

	@AllDatabases
	void destroyAndUpdateWithAPathSkipAParentWhoseOnlyMatchingChildIsSoftDeleted(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		AssociationRepository<Article, Long> articles = associations.repository(Article.class);
		Where byFour = Where.eq("articles.title", "four");
		assertThat(authors.update(Map.of("name", "robert"), byFour)).isZero();
		assertThat(authors.destroy(byFour)).isZero();
		assertThat(articles.update(Map.of("title", "5"), Where.eq("author.name", "cid"))).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM authors WHERE id = 2 AND name = 'bob' AND deleted_at IS NULL"))
			.isEqualTo(1);
		assertThat(articles.restore(Where.eq("id", 4L))).isEqualTo(1);
		assertThat(authors.update(Map.of("name", "robert"), byFour)).isEqualTo(1);
		assertThat(authors.destroy(byFour)).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM authors WHERE id = 2 AND name = 'robert'"
				+ " AND deleted_at IS NOT NULL")).isEqualTo(1);
	}

}
