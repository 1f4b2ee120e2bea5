package dev.association.paranoid;

import java.util.List;

import dev.association.Associations;
import dev.association.paranoid.ParanoidModels.Article;
import dev.association.paranoid.ParanoidModels.Author;
import dev.association.paranoid.ParanoidModels.Label;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read skips soft-deleted rows, in the same number of statements as for a model that is not paranoid, and
 * {@code paranoid(false)} reads them too (data: {@link ParanoidFixture}).
 */
class ParanoidReadsIntegrationTests {

	private static AssociationRepository<Author, Long> authors(Associations associations) {
		return associations.repository(Author.class);
	}

	private static List<String> names(List<Author> authors) {
		return authors.stream().map((a) -> a.name).toList();
	}

	private static List<String> titles(List<Article> articles) {
		return articles.stream().map((a) -> a.title).toList();
	}

	@AllDatabases
	void findAllFindOneFindByPkAndCountSkipSoftDeletedRows(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		assertThat(names(authors.findAll())).containsExactly("ann", "bob");
		assertThat(authors.count()).isEqualTo(2);
		assertThat(authors.findByPk(3L)).isEmpty();
		assertThat(authors.findOne(Find.where(Where.eq("name", "cid")))).isEmpty();
		assertThat(authors.count(Find.where(Where.like("name", "%")))).isEqualTo(2);
		assertThat(db.statements().count()).isEqualTo(5);
		assertThat(db.statements().statements()).allSatisfy((sql) -> assertThat(sql).contains("IS NULL"));
	}

	@AllDatabases
	void findParanoidFalseReadsSoftDeletedRowsToo(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		List<Author> all = authors.findAll(Find.all().paranoid(false));
		assertThat(names(all)).containsExactly("ann", "bob", "cid");
		assertThat(all.get(2).deletedAt).isEqualTo(ParanoidFixture.DELETED);
		assertThat(all.get(0).deletedAt).isNull();
		assertThat(authors.count(Find.all().paranoid(false))).isEqualTo(3);
		assertThat(authors.findByPk(3L, Find.all().paranoid(false))).hasValueSatisfying(
				(cid) -> assertThat(cid.name).isEqualTo("cid"));
		assertThat(authors.findOne(Find.where(Where.eq("name", "cid")).paranoid(false))).isPresent();
	}

	@AllDatabases
	void aSoftDeletedToOneIncludeIsNullAndKeepsItsParentInOneStatement(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		List<Author> found = authors.findAll(Find.all().include("bio"));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(names(found)).containsExactly("ann", "bob");
		assertThat(found.get(0).bio.text).isEqualTo("ann writes");
		assertThat(found.get(1).bio).isNull();
		String sql = db.statements().statements().get(0);
		assertThat(sql.substring(sql.indexOf("LEFT JOIN"), sql.indexOf("WHERE"))).contains("IS NULL");
		List<Author> withDeleted = authors.findAll(Find.all().include(Include.of("bio").paranoid(false)));
		assertThat(withDeleted.get(1).bio.text).isEqualTo("bob wrote");
		assertThat(names(authors.findAll(Find.all().include(Include.of("bio").required(true))))).containsExactly("ann");
	}

	@AllDatabases
	void aBelongsToIncludeOfASoftDeletedParentIsNull(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Article, Long> articles = associations.repository(Article.class);
		List<Article> found = articles.findAll(Find.all().include("author"));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(titles(found)).containsExactly("one", "three", "five");
		assertThat(found.get(2).author).isNull();
		assertThat(articles.findAll(Find.all().include(Include.of("author").paranoid(false))).get(2).author.name)
			.isEqualTo("cid");
		assertThat(titles(articles.findAll(Find.all().paranoid(false).include(Include.of("author").required(true)))))
			.containsExactly("one", "two", "three", "four");
	}

	@AllDatabases
	void aHasManyIncludeSkipsSoftDeletedChildrenInTwoStatements(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		List<Author> found = authors.findAll(Find.all().include("articles"));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(titles(found.get(0).articles)).containsExactly("one", "three");
		assertThat(found.get(1).articles).isEmpty();
		List<Author> all = authors.findAll(Find.all().include(Include.of("articles").paranoid(false)));
		assertThat(titles(all.get(0).articles)).containsExactly("one", "two", "three");
		assertThat(titles(all.get(1).articles)).containsExactly("four");
	}

	@AllDatabases
	void aRequiredToManyIncludeIgnoresSoftDeletedChildren(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		Find find = Find.all().include(Include.of("articles").required(true));
		assertThat(names(authors.findAll(find))).containsExactly("ann");
		assertThat(authors.count(find)).isEqualTo(1);
		assertThat(names(authors.findAll(find.paranoid(false)))).containsExactly("ann", "cid");
		Find deletedToo = Find.all().include(Include.of("articles").required(true).paranoid(false));
		assertThat(names(authors.findAll(deletedToo))).containsExactly("ann", "bob");
		assertThat(authors.count(deletedToo)).isEqualTo(2);
	}

	@AllDatabases
	void aSoftDeletedChildTakesNoPlaceInAPerParentLimit(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		List<Author> found = authors
			.findAll(Find.all().include(Include.of("articles").order("id", Order.DESC).limit(2)));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(titles(found.get(0).articles)).containsExactly("three", "one");
		List<Author> deletedToo = authors
			.findAll(Find.all().include(Include.of("articles").order("id", Order.DESC).limit(2).paranoid(false)));
		assertThat(titles(deletedToo.get(0).articles)).containsExactly("three", "two");
		assertThat(titles(deletedToo.get(1).articles)).containsExactly("four");
	}

	@AllDatabases
	void aJoinedToManyIncludeFiltersChildrenInItsOnClauseAndKeepsEveryParent(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		List<Author> found = authors.findAll(Find.all().include(Include.of("articles").separate(false)));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(names(found)).containsExactly("ann", "bob");
		assertThat(titles(found.get(0).articles)).containsExactly("one", "three");
		assertThat(found.get(1).articles).isEmpty();
		List<Author> limited = authors
			.findAll(Find.all().include(Include.of("articles").separate(false)).order("name", Order.DESC).limit(1));
		assertThat(names(limited)).containsExactly("bob");
		assertThat(limited.get(0).articles).isEmpty();
	}

	@AllDatabases
	void nestedIncludesSkipSoftDeletedRowsAtEveryDepth(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Label, Long> labels = associations.repository(Label.class);
		List<Label> found = labels.findAll(Find.all().include("authors.articles.remarks"));
		assertThat(db.statements().count()).isEqualTo(4);
		assertThat(found).extracting((l) -> l.name).containsExactly("java", "sql");
		Label java = found.get(0);
		assertThat(names(java.authors)).containsExactly("ann");
		assertThat(titles(java.authors.get(0).articles)).containsExactly("one", "three");
		assertThat(java.authors.get(0).articles.get(0).remarks).extracting((r) -> r.body).containsExactly("nice");
		assertThat(names(found.get(1).authors)).as("the join row of ann and sql is soft-deleted")
			.containsExactly("bob");
		assertThat(found.get(1).authors.get(0).articles).isEmpty();
	}

	@AllDatabases
	void aBelongsToManyIncludeSkipsSoftDeletedTargetsAndSoftDeletedJoinRows(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		List<Author> found = authors.findAll(Find.all().include("labels"));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(found.get(0).labels).extracting((l) -> l.name).containsExactly("java");
		assertThat(found.get(0).labels.get(0).tagging.note).isEqualTo("seed");
		assertThat(found.get(1).labels).extracting((l) -> l.name).containsExactly("sql");
		List<Author> deletedToo = authors.findAll(Find.all().include(Include.of("labels").paranoid(false)));
		assertThat(deletedToo.get(0).labels).as("the soft-deleted join row of sql stays skipped")
			.extracting((l) -> l.name).containsExactly("java", "old");
		List<Author> joined = authors.findAll(Find.all().include(Include.of("labels").separate(false)));
		assertThat(db.statements().count()).isEqualTo(5);
		assertThat(joined.get(0).labels).extracting((l) -> l.name).containsExactly("java");
		assertThat(names(authors.findAll(Find.all().include(Include.of("labels").where(Where.eq("name", "sql"))))))
			.containsExactly("bob");
	}

	@AllDatabases
	void accessorsGetCountAndHasSkipSoftDeletedRows(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Author, Long> authors = authors(associations);
		Author ann = authors.findByPk(1L).orElseThrow();
		Author bob = authors.findByPk(2L).orElseThrow();
		db.statements().reset();
		assertThat(titles(authors.<Article>many(ann, "articles").get())).containsExactly("one", "three");
		assertThat(authors.many(ann, "articles").count()).isEqualTo(2);
		assertThat(authors.many(ann, "articles").count(Where.like("title", "t%"))).isEqualTo(1);
		assertThat(authors.many(ann, "articles").has(1L)).isTrue();
		assertThat(authors.many(ann, "articles").has(2L)).isFalse();
		assertThat(authors.<Label>many(ann, "labels").get()).extracting((l) -> l.name).containsExactly("java");
		assertThat(authors.many(ann, "labels").count()).isEqualTo(1);
		assertThat(authors.many(ann, "labels").has(1L)).isTrue();
		assertThat(authors.many(ann, "labels").has(2L)).as("soft-deleted join row").isFalse();
		assertThat(authors.many(ann, "labels").has(3L)).as("soft-deleted target").isFalse();
		assertThat(authors.one(bob, "bio").get()).isEmpty();
		assertThat(db.statements().count()).isEqualTo(11);
		assertThat(titles(authors.<Article>many(ann, "articles").get(Find.all().paranoid(false))))
			.containsExactly("one", "two", "three");
		assertThat(authors.<Label>many(ann, "labels").get(Find.all().paranoid(false))).extracting((l) -> l.name)
			.containsExactly("java", "old");
		Article five = associations.<Article, Long>repository(Article.class).findByPk(5L).orElseThrow();
		assertThat(associations.<Article, Long>repository(Article.class).one(five, "author").get()).isEmpty();
	}

	@AllDatabases
	void pagesWindowsAndFindAndCountAllFollowTheFindsParanoid(TestDatabase db) {
		AssociationRepository<Author, Long> authors = authors(ParanoidFixture.engine(db));
		Page<Author> live = authors.findAll(Find.all(), PageRequest.of(0, 5, Sort.by("name")));
		assertThat(names(live.getContent())).containsExactly("ann", "bob");
		assertThat(live.getTotalElements()).isEqualTo(2);
		Page<Author> all = authors.findAll(Find.all().paranoid(false), PageRequest.of(0, 2, Sort.by("name")));
		assertThat(names(all.getContent())).containsExactly("ann", "bob");
		assertThat(all.getTotalElements()).isEqualTo(3);
		assertThat(names(authors.scroll(Find.all().order("id").limit(5), ScrollPosition.keyset()).getContent()))
			.containsExactly("ann", "bob");
		assertThat(names(authors.scroll(Find.all().paranoid(false).order("id").limit(5), ScrollPosition.keyset())
			.getContent())).containsExactly("ann", "bob", "cid");
		assertThat(names(authors.scroll(Find.all().paranoid(false).order("id").limit(5), ScrollPosition.offset())
			.getContent())).containsExactly("ann", "bob", "cid");
		assertThat(authors.findAndCountAll(Find.all().paranoid(false).limit(1)).count()).isEqualTo(3);
		assertThat(authors.findAndCountAll(Find.all().limit(1)).count()).isEqualTo(2);
	}

}
