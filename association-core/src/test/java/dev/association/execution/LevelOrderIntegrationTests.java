package dev.association.execution;

import java.util.List;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A to-many level in its default order (by primary key) is read without ORDER BY and each parent's children are
 * sorted in memory; an explicit order is still the statement's. Posts are inserted in descending key order, so a
 * database that returns them as stored (PostgreSQL's heap) gives them out of order.
 */
class LevelOrderIntegrationTests {

	private static AssociationRepository<User, Long> seed(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.startupReport(false)
			.build();
		associations.schema().create();
		JdbcTemplate jdbc = db.jdbc();
		for (long u = 1; u <= 3; u++) {
			jdbc.update("INSERT INTO users (id, username, email, active) VALUES (?, ?, ?, ?)", u, "user" + u,
					"user" + u + "@example.com", true);
		}
		for (long post = 30; post >= 1; post--) {
			jdbc.update("INSERT INTO posts (id, author_id, title, published) VALUES (?, ?, ?, ?)", post, post % 3 + 1,
					"title " + (char) ('a' + post % 7), true);
		}
		db.statements().reset();
		return associations.repository(User.class);
	}

	private static List<Long> postIds(User user) {
		return user.posts.stream().map((post) -> post.id).toList();
	}

	@AllDatabases
	void childrenInTheDefaultOrderComeByPrimaryKeyFromAnUnorderedStatement(TestDatabase db) {
		AssociationRepository<User, Long> users = seed(db);

		List<User> rows = users.findAll(Find.all().include("posts"));
		List<User> explicit = users.findAll(Find.all().include(Include.of("posts").order("id")));

		assertThat(postIds(rows.get(0))).containsExactly(3L, 6L, 9L, 12L, 15L, 18L, 21L, 24L, 27L, 30L);
		assertThat(postIds(rows.get(1))).containsExactly(1L, 4L, 7L, 10L, 13L, 16L, 19L, 22L, 25L, 28L);
		assertThat(postIds(explicit.get(2))).containsExactly(2L, 5L, 8L, 11L, 14L, 17L, 20L, 23L, 26L, 29L);
		List<String> sql = db.statements().statements();
		assertThat(sql).hasSize(4);
		assertThat(sql.get(1)).doesNotContainIgnoringCase("ORDER BY").isEqualTo(sql.get(3));
		assertThat(sql.get(1).toLowerCase().split("author_id", -1)).hasSize(3);
	}

	@AllDatabases
	void anExplicitOrderIsTheStatementsOrder(TestDatabase db) {
		AssociationRepository<User, Long> users = seed(db);

		List<User> rows = users.findAll(Find.all()
			.include(Include.of("posts").order("title", Order.DESC).order("id", Order.DESC)));

		assertThat(rows.get(0).posts).extracting((Post post) -> post.title + " " + post.id)
			.containsExactly("title g 27", "title g 6", "title f 12", "title e 18", "title d 24", "title d 3",
					"title c 30", "title c 9", "title b 15", "title a 21");
		assertThat(db.statements().statements().get(1)).containsIgnoringCase("ORDER BY");
	}

}
