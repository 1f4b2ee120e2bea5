package dev.association.query;

import java.util.List;

import dev.association.query.BlogFixture.PostRow;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the SQL the engine sends for the cases where a shorter statement does the same work: a lookup by
 * primary key, a per-parent limit, an order by the primary key.
 */
class StatementShapeIntegrationTests {

	@AllDatabases
	void findByPkSendsNeitherOrderNorLimitAndStillLoadsItsIncludes(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 10);
		User user = fixture.repository(User.class).findByPk(7L, Find.all().include("posts", "profile")).orElseThrow();
		assertThat(db.statements().count()).isEqualTo(2);
		String root = db.statements().statements().get(0);
		assertThat(root).doesNotContain("ORDER BY").doesNotContain("LIMIT").doesNotContain("FETCH");
		assertThat(user.username).isEqualTo("user00007");
		assertThat(user.posts).extracting((p) -> p.id)
			.containsExactlyElementsOf(fixture.postsOf(7L).stream().map(PostRow::id).toList());
		assertThat(fixture.repository(User.class).findByPk(99L)).isEmpty();
	}

	@AllDatabases
	void aLevelWithOneParentTestsItsKeyWithAPlainEqualityAndSeveralParentsWithAList(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 10);
		User one = fixture.repository(User.class).findByPk(7L, Find.all().include("posts")).orElseThrow();
		String single = db.statements().statements().get(1);
		assertThat(single).contains("= ?").doesNotContain("ANY(").doesNotContain(" IN (");
		assertThat(one.posts).extracting((p) -> p.id)
			.containsExactlyElementsOf(fixture.postsOf(7L).stream().map(PostRow::id).toList());
		db.statements().reset();
		List<User> two = fixture.repository(User.class)
			.findAll(Find.where(Where.in("id", 3L, 7L)).include("posts").order("id"));
		String several = db.statements().statements().get(1);
		assertThat(several).containsAnyOf("= ANY(?)", " IN (?, ?)");
		assertThat(two.get(1).posts).extracting((p) -> p.id)
			.containsExactlyElementsOf(fixture.postsOf(7L).stream().map(PostRow::id).toList());
	}

	@AllDatabases
	void findByPkWithAnOffsetKeepsItsOffset(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 10);
		assertThat(fixture.repository(User.class).findByPk(7L, Find.all().offset(1))).isEmpty();
		assertThat(fixture.repository(User.class).findByPk(7L, Find.all().offset(0))).isPresent();
	}

	@AllDatabases
	void perParentLimitOrdersByTheParentKeyThenTheWindowsOrder(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 24);
		List<User> users = fixture.repository(User.class)
			.findAll(Find.all().include(Include.of("posts").order("title", Order.DESC).limit(2)));
		assertThat(db.statements().count()).isEqualTo(2);
		String level = db.statements().statements().get(1);
		assertThat(level).contains("ROW_NUMBER() OVER (PARTITION BY").doesNotContain("ORDER BY x.rn");
		for (User user : users) {
			List<String> expected = fixture.postsOf(user.id)
				.stream()
				.map(PostRow::title)
				.sorted((a, b) -> b.compareTo(a))
				.limit(2)
				.toList();
			assertThat(user.posts).extracting((p) -> p.title).containsExactlyElementsOf(expected);
		}
	}

	@AllDatabases
	void anOrderByThePrimaryKeyIsNotRepeatedAsTheTieBreaker(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 5);
		List<User> users = fixture.repository(User.class).findAll(Find.all().order("id", Order.DESC));
		String root = db.statements().statements().get(0);
		assertThat(root.substring(root.indexOf("ORDER BY")).toLowerCase(java.util.Locale.ROOT)).containsOnlyOnce("id");
		assertThat(users).extracting((u) -> u.id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

}
