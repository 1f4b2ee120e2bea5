package dev.association.query;

import java.util.ArrayList;
import java.util.List;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationRegistry;
import dev.association.Associations;
import dev.association.QueryException;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.query.SurfaceModels.Article;
import dev.association.query.SurfaceModels.Person;
import dev.association.repository.AssociationRepository;
import dev.association.repository.FindAndCount;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QuerySurfaceIntegrationTests {

	private static Associations people(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(SurfaceModels.ALL.toArray(Class[]::new))
			.build();
		associations.schema().create();
		Object[][] rows = { { 1, "ann", 3, 10, null }, { 2, "bob", null, 20, 1 }, { 3, "cid", 1, 30, 1 },
				{ 4, "dan", null, 40, 2 }, { 5, "eve", 3, 50, 2 }, { 6, "fay", 2, 60, 3 }, { 7, "gus", 1, 70, null } };
		for (Object[] row : rows) {
			db.jdbc().update("INSERT INTO sf_people (id, name, score, seq, parent_id) VALUES (?, ?, ?, ?, ?)", row);
		}
		db.jdbc().update("INSERT INTO sf_articles (person_id, kind, status, title) VALUES "
				+ "(1, 'blog', 'draft', 'a1'), (1, 'blog', 'gone', 'a2'), (1, 'news', 'live', 'a3'), "
				+ "(2, 'blog', 'live', 'b1'), (3, 'blog', 'draft', 'sql tips')");
		db.jdbc().update("INSERT INTO sf_labels (id, name) VALUES (1, 'red'), (2, 'blue')");
		db.jdbc().update("INSERT INTO sf_taggings (person_id, label_id, main) VALUES "
				+ "(1, 1, TRUE), (1, 2, FALSE), (2, 2, FALSE), (3, 1, TRUE)");
		db.statements().reset();
		return associations;
	}

	@AllDatabases
	void selfAssociationPathsAliasEveryStepApart(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		assertThat(ids(people.findAll(Find.where(Where.eq("children.name", "eve"))))).containsExactly(2L);
		assertThat(ids(people.findAll(Find.where(Where.eq("parent.parent.name", "ann"))))).containsExactly(4L, 5L, 6L);
		assertThat(ids(people.findAll(Find.where(Where.eq("children.children.name", "fay"))))).containsExactly(1L);
		List<Person> found = people.findAll(Find.where(Where.eq("parent.name", "ann")).include("children", "parent"));
		assertThat(ids(found)).containsExactly(2L, 3L);
		assertThat(found.get(0).children).extracting((p) -> p.name).containsExactly("dan", "eve");
		assertThat(found.get(0).parent.name).isEqualTo("ann");
	}

	@AllDatabases
	void anAliasGivenAsTwoWordsNamesTheAssociationAndItsAccessors(TestDatabase db) {
		Associations associations = people(db);
		AssociationRepository<Person, Long> people = associations.repository(Person.class);
		Person ann = people.findByPk(1L).orElseThrow();
		assertThat(people.<Person>many(ann, "children").get()).extracting((p) -> p.name).containsExactly("bob", "cid");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> people.many(ann, "childs"))
			.withMessageContaining("Associations of Person: children, parent, articles, labels");
	}

	@AllDatabases
	void aConditionScopeFiltersReadsAndWritesItsEqualities(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		List<Person> found = people.findAll(Find.all().include("articles"));
		assertThat(found.get(0).articles).extracting((a) -> a.title).containsExactly("a1");
		assertThat(found.get(1).articles).extracting((a) -> a.title).containsExactly("b1");
		assertThat(found.get(2).articles).extracting((a) -> a.title).containsExactly("sql tips");
		assertThat(ids(people.findAll(Find.where(Where.eq("articles.title", "a2"))))).isEmpty();
		assertThat(ids(people.findAll(Find.where(Where.like("articles.title", "%a%"))))).containsExactly(1L);
		Person gus = people.findByPk(7L).orElseThrow();
		Article created = people.<Article>many(gus, "articles").create(new Article("g1", "draft"));
		assertThat(created.kind).isEqualTo("blog");
		assertThat(created.personId).isEqualTo(7L);
		people.<Article>many(gus, "articles").create(new Article("g2", "gone"));
		assertThat(people.<Article>many(gus, "articles").count()).isEqualTo(1);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM sf_articles WHERE person_id = 7", Long.class))
			.isEqualTo(2);
	}

	@AllDatabases
	void aScopeOnAnAttributeThatDoesNotExistFailsStartup(TestDatabase db) {
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> Associations.builder()
				.dataSource(db.dataSource())
				.models(BadScope.class, Article.class)
				.build())
			.withMessage("BadScope.articles (hasMany Article): scope attribute 'nope' is not an attribute of "
					+ "Article. Attributes of Article: id, personId, kind, status, title.");
	}

	@AllDatabases
	void throughWhereFiltersJoinRowsAndMakesTheIncludeRequired(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		List<Person> required = people.findAll(Find.all().include(Include.of("labels").throughWhere(Where.eq("main", true))));
		assertThat(ids(required)).containsExactly(1L, 3L);
		assertThat(required.get(0).labels).extracting((l) -> l.name).containsExactly("red");
		List<Person> optional = people.findAll(
				Find.all().include(Include.of("labels").throughWhere(Where.eq("main", false)).required(false)));
		assertThat(ids(optional)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(optional.get(0).labels).extracting((l) -> l.name).containsExactly("blue");
		assertThat(optional.get(2).labels).isEmpty();
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> people.findAll(Find.all().include(Include.of("children").throughWhere(Where.eq("x", 1)))))
			.withMessage("Include of Person.children (hasMany Person) has throughWhere(...): join-row conditions "
					+ "apply to belongsToMany includes only.");
	}

	@AllDatabases
	void findAndCountAllCountsWithoutLimitAndOffset(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		FindAndCount<Person> both = people.findAndCountAll(Find.where(Where.isNull("parentId")).order("name").limit(1));
		assertThat(both.rows()).extracting((p) -> p.name).containsExactly("ann");
		assertThat(both.count()).isEqualTo(2);
		assertThat(db.statements().count()).isEqualTo(2);
	}

	@AllDatabases
	void aPageableSetsLimitOffsetAndSortAfterTheFindsOrder(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		Page<Person> page = people.findAll(Find.all(), PageRequest.of(1, 3, Sort.by("name").descending()));
		assertThat(page.getContent()).extracting((p) -> p.name).containsExactly("dan", "cid", "bob");
		assertThat(page.getTotalElements()).isEqualTo(7);
		assertThat(page.getTotalPages()).isEqualTo(3);
		Page<Person> byParent = people.findAll(Find.where(Where.notNull("parentId")).limit(1),
				PageRequest.of(0, 2, Sort.by(Sort.Order.desc("parent.name"), Sort.Order.asc("id"))));
		assertThat(byParent.getContent()).extracting((p) -> p.name).containsExactly("fay", "dan");
		assertThat(byParent.getTotalElements()).isEqualTo(5);
		Page<Person> findOrderFirst = people.findAll(Find.all().order("seq", Order.DESC),
				PageRequest.of(0, 2, Sort.by("name")));
		assertThat(findOrderFirst.getContent()).extracting((p) -> p.name).containsExactly("gus", "fay");
		db.statements().reset();
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> people.findAll(Find.all(), PageRequest.of(0, 2, Sort.by("nope"))))
			.withMessage("Person has no attribute 'nope'. Attributes of Person: id, name, score, seq, parentId.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> people.findAll(Find.all(), PageRequest.of(0, 2, Sort.by("children.name"))))
			.withMessageStartingWith("Cannot order by 'children.name': Person.children (hasMany Person) is a to-many");
		assertThat(db.statements().count()).isZero();
	}

	@AllDatabases
	void keysetWindowsWalkANullableOrderForwardAndBackwardWithoutOffset(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		boolean nullsHigh = db.name().equals("postgresql");
		List<Long> ascending = nullsHigh ? List.of(3L, 7L, 6L, 1L, 5L, 2L, 4L) : List.of(2L, 4L, 3L, 7L, 6L, 1L, 5L);
		Find find = Find.all().include("children").order("score").limit(2);
		assertThat(ids(people.findAll(find.limit(10)))).containsExactlyElementsOf(ascending);
		db.statements().reset();
		List<Long> forward = new ArrayList<>();
		Window<Person> window = people.scroll(find, ScrollPosition.keyset());
		int windows = 1;
		forward.addAll(ids(window.getContent()));
		while (window.hasNext()) {
			window = people.scroll(find, window.positionAt(window.size() - 1));
			forward.addAll(ids(window.getContent()));
			windows++;
		}
		assertThat(forward).containsExactlyElementsOf(ascending);
		assertThat(windows).isEqualTo(4);
		assertThat(db.statements().statements()).noneMatch((sql) -> sql.toUpperCase().contains("OFFSET"));
		assertThat(db.statements().count()).isEqualTo(8);
		Window<Person> last = people.scroll(find, ScrollPosition.backward(window.positionAt(0) instanceof
				org.springframework.data.domain.KeysetScrollPosition keys ? keys.getKeys() : null));
		assertThat(ids(last.getContent())).containsExactlyElementsOf(ascending.subList(4, 6));
		Window<Person> before = people.scroll(find, last.positionAt(0));
		assertThat(ids(before.getContent())).containsExactlyElementsOf(ascending.subList(2, 4));
		assertThat(before.hasNext()).isTrue();
		Window<Person> afterFirst = people.scroll(find, people.scroll(find, ScrollPosition.keyset()).positionAt(0));
		assertThat(ids(afterFirst.getContent())).containsExactlyElementsOf(ascending.subList(1, 3));
	}

	@AllDatabases
	void aDescendingNullableOrderAndMixedDirectionsUseTheExpandedForm(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		boolean nullsHigh = db.name().equals("postgresql");
		List<Long> descending = nullsHigh ? List.of(2L, 4L, 1L, 5L, 6L, 3L, 7L) : List.of(1L, 5L, 6L, 3L, 7L, 2L, 4L);
		Find find = Find.all().order("score", Order.DESC).limit(3);
		List<Long> walked = new ArrayList<>();
		Window<Person> window = people.scroll(find, ScrollPosition.keyset());
		walked.addAll(ids(window.getContent()));
		while (window.hasNext()) {
			window = people.scroll(find, window.positionAt(window.size() - 1));
			walked.addAll(ids(window.getContent()));
		}
		assertThat(walked).containsExactlyElementsOf(descending);
	}

	@AllDatabases
	void aKeysetOnNonNullColumnsIsARowValueComparisonWhereTheDatabasePlansOne(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		Find find = Find.all().order("seq").limit(3);
		Window<Person> first = people.scroll(find, ScrollPosition.keyset());
		db.statements().reset();
		Window<Person> second = people.scroll(find, first.positionAt(2));
		assertThat(ids(second.getContent())).containsExactly(4L, 5L, 6L);
		String sql = db.statements().statements().get(0);
		if (db.name().equals("mariadb")) {
			assertThat(sql).contains(" OR ").doesNotContain(") > (");
		}
		else {
			assertThat(sql).contains(") > (?, ?)");
		}
	}

	@AllDatabases
	void offsetWindowsContinueAfterTheRowTheyArePositionedAt(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		Find find = Find.all().order("seq").limit(3);
		Window<Person> first = people.scroll(find, ScrollPosition.offset());
		assertThat(ids(first.getContent())).containsExactly(1L, 2L, 3L);
		Window<Person> second = people.scroll(find, first.positionAt(2));
		assertThat(ids(second.getContent())).containsExactly(4L, 5L, 6L);
		Window<Person> third = people.scroll(find, second.positionAt(2));
		assertThat(ids(third.getContent())).containsExactly(7L);
		assertThat(third.hasNext()).isFalse();
		assertThat(ids(people.scroll(find, first.positionAt(0)).getContent())).containsExactly(2L, 3L, 4L);
	}

	@AllDatabases
	void scrollingWithoutALimitOrByAPathIsRefusedBeforeAnyStatement(TestDatabase db) {
		AssociationRepository<Person, Long> people = people(db).repository(Person.class);
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> people.scroll(Find.all().order("name"), ScrollPosition.keyset()))
			.withMessage("scroll(find, position) of Person needs the window size as the find's limit, e.g. "
					+ "Find.all().order(\"id\").limit(20).");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> people.scroll(Find.all().order("parent.name").limit(2), ScrollPosition.keyset()))
			.withMessageStartingWith("Cannot scroll Person by keyset on 'parent.name'");
		assertThat(db.statements().count()).isZero();
	}

	private static List<Long> ids(List<Person> people) {
		return people.stream().map((p) -> p.id).toList();
	}

	@Model(table = "sf_bad")
	static class BadScope {

		@Id Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(BadScope.class)
				.hasMany(Article.class, (a) -> a.as("articles").foreignKey("personId")
					.scope(Where.and(Where.eq("kind", "blog"), Where.like("nope", "x%"))));
		}

	}

}
