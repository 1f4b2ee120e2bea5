package dev.association.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query cache: a find of a shape compiled before is only bound and run, with its own values, and sends the same
 * SQL text; the cache is bounded (least recently used shape evicted), can be turned off, and is safe when many
 * threads use it. A find used again by instance (a constant, or a constant given to {@code findByPk}) keeps its
 * compiled form apart from the cache.
 */
class QueryCacheIntegrationTests {

	private static Associations engine(TestDatabase db, int cacheSize) {
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.queryCacheSize(cacheSize)
			.startupReport(false)
			.build();
		db.statements().reset();
		return associations;
	}

	private static void seed(TestDatabase db) {
		db.reset();
		engine(db, 0).schema().create();
		JdbcTemplate jdbc = db.jdbc();
		for (long u = 1; u <= 6; u++) {
			jdbc.update("INSERT INTO users (id, username, email, active) VALUES (?, ?, ?, ?)", u, "user" + u,
					"user" + u + "@example.com", u % 2 == 0);
			for (long k = 1; k <= u % 3; k++) {
				long post = u * 10 + k;
				jdbc.update("INSERT INTO posts (id, author_id, title, published) VALUES (?, ?, ?, ?)", post, u,
						"post " + post, k == 1);
			}
		}
		db.statements().reset();
	}

	private static Find usersWithPosts(long minimumId, boolean published) {
		return Find.where(Where.gte("id", minimumId))
			.include(Include.of("posts").where(Where.eq("published", published)).required(false))
			.order("username", Order.DESC);
	}

	private static List<String> describe(List<User> users) {
		List<String> described = new ArrayList<>();
		for (User user : users) {
			List<Long> posts = new ArrayList<>();
			for (Post post : user.posts) {
				posts.add(post.id);
			}
			described.add(user.id + " " + posts);
		}
		return described;
	}

	@AllDatabases
	void theSecondFindOfAShapeCompilesNothingAndReadsItsOwnRowsWithTheSameSql(TestDatabase db) {
		seed(db);
		Associations associations = engine(db, 256);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		long before = Engine.of(associations).queries().compilations();

		List<User> first = users.findAll(usersWithPosts(2L, true));
		List<String> firstSql = List.copyOf(db.statements().statements());
		db.statements().reset();
		List<User> second = users.findAll(usersWithPosts(2L, false));
		List<String> secondSql = List.copyOf(db.statements().statements());

		assertThat(Engine.of(associations).queries().compilations() - before).isEqualTo(1);
		assertThat(describe(first)).containsExactly("6 []", "5 [51]", "4 [41]", "3 []", "2 [21]");
		assertThat(describe(second)).containsExactly("6 []", "5 [52]", "4 []", "3 []", "2 [22]");
		assertThat(secondSql).hasSize(2).isEqualTo(firstSql);
	}

	@AllDatabases
	void aCountAndAFindOfOneShapeAreCompiledApartAndBothCached(TestDatabase db) {
		seed(db);
		Associations associations = engine(db, 256);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		Find active = Find.where(Where.eq("active", true));

		assertThat(users.count(active)).isEqualTo(3);
		assertThat(users.findAll(active)).extracting((user) -> user.id).containsExactly(2L, 4L, 6L);
		assertThat(users.count(Find.where(Where.eq("active", false)))).isEqualTo(3);
		assertThat(users.findAll(Find.where(Where.eq("active", false)))).extracting((user) -> user.id)
			.containsExactly(1L, 3L, 5L);
		assertThat(Engine.of(associations).queries().compilations()).isEqualTo(2);
	}

	@AllDatabases
	void accessorReadsOfOneShapeCompileOnceForEverySource(TestDatabase db) {
		seed(db);
		Associations associations = engine(db, 256);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		User two = users.findByPk(2L).orElseThrow();
		User five = users.findByPk(5L).orElseThrow();
		long before = Engine.of(associations).queries().compilations();

		assertThat(users.<Post>many(two, "posts").get()).extracting((post) -> post.id).containsExactly(21L, 22L);
		assertThat(users.<Post>many(five, "posts").get()).extracting((post) -> post.id).containsExactly(51L, 52L);
		assertThat(users.<Post>many(five, "posts").count()).isEqualTo(2);
		assertThat(users.<Post>many(two, "posts").count()).isEqualTo(2);

		assertThat(Engine.of(associations).queries().compilations() - before).isEqualTo(2);
	}

	@AllDatabases
	void theLeastRecentlyUsedShapeIsEvictedBeyondTheCacheSize(TestDatabase db) {
		seed(db);
		Associations associations = engine(db, 2);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		// new instances each time: a find used again by instance is remembered apart from the cache (see below)
		Supplier<Find> a = () -> Find.where(Where.eq("id", 1L));
		Supplier<Find> b = () -> Find.where(Where.eq("username", "user2"));
		Supplier<Find> c = () -> Find.where(Where.like("email", "user3%"));

		users.findAll(a.get());
		users.findAll(b.get());
		users.findAll(a.get());
		users.findAll(c.get());
		assertThat(Engine.of(associations).queries().compilations()).isEqualTo(3);
		assertThat(users.findAll(a.get())).extracting((user) -> user.id).containsExactly(1L);
		assertThat(Engine.of(associations).queries().compilations()).isEqualTo(3);
		assertThat(users.findAll(b.get())).extracting((user) -> user.id).containsExactly(2L);
		assertThat(Engine.of(associations).queries().compilations()).isEqualTo(4);
	}

	@AllDatabases
	void aFindUsedAgainByInstanceIsNotCompiledAgainAfterItsShapeLeftTheCache(TestDatabase db) {
		seed(db);
		Associations associations = engine(db, 1);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		Find withPosts = Find.all().include(Include.of("posts").order("id"));
		Find active = Find.where(Where.eq("active", true));

		assertThat(users.findByPk(4L, withPosts).orElseThrow().posts).extracting((post) -> post.id)
			.containsExactly(41L);
		// a count is compiled through the cache only: its shape takes the cache's one place
		assertThat(users.count(active)).isEqualTo(3);
		assertThat(users.findByPk(5L, withPosts).orElseThrow().posts).extracting((post) -> post.id)
			.containsExactly(51L, 52L);
		assertThat(users.findByPk(7L, withPosts)).isEmpty();
		assertThat(Engine.of(associations).queries().compilations()).isEqualTo(2);

		// one find instance on two models: compiled for each
		AssociationRepository<Post, Long> posts = associations.repository(Post.class);
		Find firstTwo = Find.all().order("id").limit(2);
		assertThat(users.findAll(firstTwo)).extracting((user) -> user.id).containsExactly(1L, 2L);
		assertThat(posts.findAll(firstTwo)).extracting((post) -> post.id).containsExactly(11L, 21L);
		assertThat(users.findAll(firstTwo)).extracting((user) -> user.id).containsExactly(1L, 2L);
	}

	@AllDatabases
	void aCacheSizeOfZeroCompilesEveryFind(TestDatabase db) {
		seed(db);
		Associations associations = engine(db, 0);
		AssociationRepository<User, Long> users = associations.repository(User.class);

		assertThat(describe(users.findAll(usersWithPosts(5L, true)))).containsExactly("6 []", "5 [51]");
		assertThat(describe(users.findAll(usersWithPosts(5L, true)))).containsExactly("6 []", "5 [51]");

		assertThat(Engine.of(associations).queries().compilations()).isEqualTo(2);
	}

	@AllDatabases
	void threadsSharingOneSmallCacheEachReadTheirOwnValues(TestDatabase db) throws Exception {
		seed(db);
		Associations associations = engine(db, 1);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int task = 0; task < 40; task++) {
				long minimumId = 1 + task % 6;
				boolean published = task % 2 == 0;
				boolean withPosts = task % 3 == 0;
				results.add(pool.submit(() -> {
					List<String> described = new ArrayList<>();
					for (int i = 0; i < 5; i++) {
						Find find = withPosts ? usersWithPosts(minimumId, published)
								: Find.where(Where.gte("id", minimumId));
						List<User> rows = users.findAll(find);
						described.add(withPosts ? describe(rows).toString()
								: rows.stream().map((user) -> user.id).toList().toString());
					}
					return described;
				}));
			}
			Associations uncached = engine(db, 0);
			AssociationRepository<User, Long> expected = uncached.repository(User.class);
			for (int task = 0; task < 40; task++) {
				long minimumId = 1 + task % 6;
				boolean published = task % 2 == 0;
				String wanted = (task % 3 == 0) ? describe(expected.findAll(usersWithPosts(minimumId, published))).toString()
						: expected.findAll(Find.where(Where.gte("id", minimumId))).stream().map((user) -> user.id)
							.toList().toString();
				assertThat(results.get(task).get()).containsOnly(wanted);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
