package dev.association.execution;

import java.util.ArrayList;
import java.util.List;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.FindShape;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.seed.Comment;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compiled find holds no value of the find it was compiled from: run with the values of another find of the same
 * shape, it gives exactly that find's rows, with the same statements.
 */
class CompiledFindIntegrationTests {

	private static Associations engine(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.build();
		associations.schema().create();
		JdbcTemplate jdbc = db.jdbc();
		long post = 0;
		long comment = 0;
		for (long u = 1; u <= 8; u++) {
			jdbc.update("INSERT INTO users (id, username, email, active) VALUES (?, ?, ?, ?)", u, "user" + u,
					"user" + u + "@example.com", u % 3 != 0);
			if (u % 2 == 0) {
				jdbc.update("INSERT INTO profiles (id, user_id, bio) VALUES (?, ?, ?)", u, u, "bio " + u);
			}
		}
		for (long u = 1; u <= 8; u++) {
			for (int k = 0; k < u % 4; k++) {
				post++;
				jdbc.update("INSERT INTO posts (id, author_id, title, published) VALUES (?, ?, ?, ?)", post, u,
						"post " + (char) ('a' + k) + " of " + u, (post % 2) == 0);
				for (int c = 0; c < post % 3; c++) {
					comment++;
					jdbc.update("INSERT INTO comments (id, commentable_id, commentable_type, commenter_id, body) "
							+ "VALUES (?, ?, ?, ?, ?)", comment, post, "post", (post + c) % 8 + 1, "comment " + comment);
				}
			}
		}
		db.statements().reset();
		return associations;
	}

	private static Find usersFind(String pattern, long low, long high, boolean published, int postLimit, int limit,
			int offset) {
		return Find.where(Where.and(Where.like("username", pattern), Where.between("id", low, high)))
			.include(Include.of("posts").where(Where.eq("published", published)).order("title", Order.DESC)
				.limit(postLimit).include(Include.of("comments").include("commenter")))
			.include(Include.of("profile").required(false))
			.order("username", Order.DESC)
			.limit(limit)
			.offset(offset);
	}

	@AllDatabases
	void aFindCompiledFromOneFindRunsAnotherOfTheSameShapeWithItsValues(TestDatabase db) {
		Associations associations = engine(db);
		QueryEngine engine = Engine.of(associations).queries();
		ModelMetadata users = Engine.of(associations).metamodel().model(User.class);
		Find first = usersFind("user%", 1L, 8L, true, 2, 10, 0);
		Find second = usersFind("user%", 2L, 7L, false, 1, 3, 1);
		assertThat(FindShape.of(users, first)).isEqualTo(FindShape.of(users, second));
		CompiledFind compiled = engine.compiler().find(users, first);

		List<User> expected = engine.findAll(users, second);
		List<String> expectedStatements = List.copyOf(db.statements().statements());
		db.statements().reset();
		List<Object> actual = engine.execute(compiled, compiled.parameters().values(second));
		List<String> actualStatements = List.copyOf(db.statements().statements());

		assertThat(describeUsers(actual)).isEqualTo(describeUsers(new ArrayList<>(expected)))
			.isNotEqualTo(describeUsers(new ArrayList<>(engine.findAll(users, first))));
		assertThat(actualStatements).hasSize(3).isEqualTo(expectedStatements);
		assertThat(describeUsers(actual)).hasSize(3);
	}

	@AllDatabases
	void aCompiledCountAndAccessorReadRunWithTheValuesOfAnotherFindOfTheirShape(TestDatabase db) {
		Associations associations = engine(db);
		QueryEngine engine = Engine.of(associations).queries();
		ModelMetadata users = Engine.of(associations).metamodel().model(User.class);
		Find first = Find.where(Where.gt("id", 6L)).include(Include.of("posts").where(Where.eq("published", true)));
		Find second = Find.where(Where.gt("id", 2L)).include(Include.of("posts").where(Where.eq("published", false)));
		CompiledCount count = engine.compiler().count(users, first);
		assertThat(engine.execute(count, count.parameters().values(second), null))
			.isEqualTo(engine.count(users, second))
			.isNotEqualTo(engine.count(users, first));

		AssociationMetadata posts = users.association("posts");
		Find firstPosts = Find.where(Where.eq("published", true)).include("comments").order("title").limit(5);
		Find secondPosts = Find.where(Where.eq("published", false)).include("comments").order("title").limit(1);
		CompiledAssociated associated = engine.compiler().associated(posts, firstPosts);
		db.statements().reset();
		List<Object> actual = engine.execute(associated, associated.parameters().values(secondPosts), 7L);
		List<String> statements = List.copyOf(db.statements().statements());
		db.statements().reset();
		List<Post> expected = engine.findAssociated(posts, 7L, secondPosts);
		assertThat(describePosts(actual)).isEqualTo(describePosts(new ArrayList<>(expected))).hasSize(1);
		assertThat(statements).isEqualTo(db.statements().statements()).hasSize(2);
	}

	private static List<String> describeUsers(List<Object> rows) {
		List<String> described = new ArrayList<>();
		for (Object row : rows) {
			User user = (User) row;
			described.add(user.id + " " + user.username + " " + ((user.profile != null) ? user.profile.bio : "-")
					+ " " + describePosts(new ArrayList<>(user.posts)));
		}
		return described;
	}

	private static List<String> describePosts(List<Object> rows) {
		List<String> described = new ArrayList<>();
		for (Object row : rows) {
			Post post = (Post) row;
			List<String> comments = new ArrayList<>();
			for (Comment comment : post.comments) {
				comments.add(comment.id + " by " + ((comment.commenter != null) ? comment.commenter.username : "-"));
			}
			described.add(post.id + " " + post.title + " " + post.published + " " + comments);
		}
		return described;
	}

}
