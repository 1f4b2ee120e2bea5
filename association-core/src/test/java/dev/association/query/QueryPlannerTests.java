package dev.association.query;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.QueryException;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.FindPlan;
import dev.association.plan.LevelPlan;
import dev.association.plan.NodePlan;
import dev.association.plan.QueryPlanner;
import dev.association.seed.Picture;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.Team;
import dev.association.seed.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QueryPlannerTests {

	private static final Metamodel SEEDS = Metamodel.of(Seeds.MODELS);

	private final QueryPlanner planner = new QueryPlanner();

	private FindPlan plan(Class<?> model, Find find) {
		return this.planner.plan(SEEDS.model(model), find);
	}

	private void assertRefused(Class<?> model, Find find, String message) {
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> plan(model, find)).withMessage(message);
	}

	@Test
	void anUnknownAliasListsTheAliasesOfTheModel() {
		assertRefused(User.class, Find.all().include("postz"), "User has no association 'postz'. Associations of "
				+ "User: profile, posts, roles, projects, teams, pictures, profilePicture.");
		assertRefused(User.class, Find.all().include("posts.commentz"),
				"Post has no association 'commentz'. Associations of Post: author, comments, tags.");
	}

	@Test
	void anUnknownAttributeListsTheAttributesOfTheModel() {
		String message = "User has no attribute 'nme'. Attributes of User: id, username, email, active, "
				+ "profilePictureId, createdAt, updatedAt.";
		assertRefused(User.class, Find.all().attributes("nme"), message);
		assertRefused(User.class, Find.where(Where.eq("nme", "a")), message);
		assertRefused(User.class, Find.all().order("nme"), message);
		assertRefused(Post.class, Find.all().include(Include.of("author").attributes("nme")), message);
		assertRefused(Post.class, Find.all().include(Include.of("author").where(Where.isNull("nme"))), message);
	}

	@Test
	void anAttributeNameIsNeverSqlText() {
		assertRefused(User.class, Find.all().attributes("id; DROP TABLE users"),
				"User has no attribute 'id; DROP TABLE users'. Attributes of User: id, username, email, active, "
						+ "profilePictureId, createdAt, updatedAt.");
		assertRefused(User.class, Find.all().order("id\" DESC; --"),
				"User has no attribute 'id\" DESC; --'. Attributes of User: id, username, email, active, "
						+ "profilePictureId, createdAt, updatedAt.");
	}

	@Test
	void aLimitOrOrderOnAToOneIncludeIsRefused() {
		assertRefused(User.class, Find.all().include(Include.of("profile").limit(1)),
				"Include of User.profile (hasOne Profile) has a limit, which applies to to-many includes only "
						+ "(hasMany, belongsToMany); a hasOne include is one row joined into its parent's statement.");
		assertRefused(Post.class, Find.all().include(Include.of("author").order("username")),
				"Include of Post.author (belongsTo User) has an order, which applies to to-many includes only "
						+ "(hasMany, belongsToMany); a belongsTo include is one row joined into its parent's statement.");
	}

	@Test
	void aValueOfTheWrongTypeNamesTheAttributeItsTypeAndTheValue() {
		assertRefused(User.class, Find.where(Where.eq("active", "yes")),
				"User.active is boolean (BOOLEAN); the value 'yes' (String) does not fit it.");
		assertRefused(User.class, Find.where(Where.in("id", 1L, "two")),
				"User.id is Long (LONG); the value 'two' (String) does not fit it.");
		assertRefused(User.class, Find.where(Where.between("createdAt", "2024", "2025")),
				"User.createdAt is Instant (INSTANT); the value '2024' (String) does not fit it.");
		assertRefused(Post.class, Find.all().include(Include.of("comments").where(Where.gt("id", 1.5))),
				"Comment.id is Long (LONG); the value '1.5' (Double) does not fit it.");
		assertRefused(User.class, Find.where(Where.like("id", "1%")),
				"User.id is Long; like applies to String attributes only.");
	}

	@Test
	void numbersWidenAndEnumsTakeTheirConstantOrItsName() {
		Metamodel tickets = Metamodel.of(List.of(Ticket.class));
		ModelMetadata ticket = tickets.model(Ticket.class);
		this.planner.plan(ticket, Find.where(Where.and(Where.eq("id", 1), Where.eq("status", Ticket.Status.OPEN),
				Where.in("status", "OPEN", "CLOSED"), Where.lt("priority", (short) 3))));
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> this.planner.plan(ticket, Find.where(Where.eq("status", "REOPENED"))))
			.withMessage("Ticket.status is Status (ENUM); the value 'REOPENED' (String) does not fit it. "
					+ "Constants: OPEN, CLOSED.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> this.planner.plan(ticket, Find.where(Where.eq("priority", 3_000_000_000L))))
			.withMessage("Ticket.priority is int (INTEGER); the value '3000000000' (Long) does not fit it.");
	}

	@Test
	void includeOfAClassReachedByTwoAliasesListsThem() {
		assertRefused(User.class, Find.all().include(Include.of(Picture.class)),
				"Picture is associated to User several times, using the aliases pictures, profilePicture. "
						+ "Include it by alias: Include.of(\"pictures\").");
		assertRefused(Picture.class, Find.all().include(Include.of(Post.class)),
				"Post is not associated to Picture. Associations of Picture: user.");
	}

	@Test
	void orderByAPathNeedsAToOneAssociationAndJoinsItWhenItIsNotIncluded() {
		FindPlan plan = plan(User.class, Find.all().order("profile.bio"));
		assertThat(plan.orders()).singleElement().satisfies((order) -> {
			assertThat(order.pathJoin()).isZero();
			assertThat(order.attribute().name()).isEqualTo("bio");
		});
		assertThat(plan.root().paths().joins()).singleElement()
			.satisfies((join) -> assertThat(join.association().alias()).isEqualTo("profile"));
		assertRefused(User.class, Find.all().include(Include.of("posts").order("author.username")),
				"Cannot order by 'author.username': Post.author (belongsTo User) is not included; include it to "
						+ "order by its attributes.");
		assertRefused(User.class, Find.all().include("posts").order("posts.title"), "Cannot order by 'posts.title': "
				+ "User.posts (hasMany Post) is a to-many association; order its rows inside its include, "
				+ "Include.of(\"posts\").order(...).");
	}

	@Test
	void separateFalseIsRefusedWithALimit() {
		assertRefused(User.class, Find.all().include(Include.of("posts").separate(false).limit(3)),
				"Include of User.posts (hasMany Post) has separate(false) and a limit: a per-parent limit needs a "
						+ "separate statement. Remove separate(false) or the limit.");
		assertRefused(Post.class,
				Find.all().include(Include.of("author").include(Include.of("roles").separate(false).limit(1))),
				"Include of User.roles (belongsToMany Role) has separate(false) and a limit: a per-parent limit needs "
						+ "a separate statement. Remove separate(false) or the limit.");
	}

	@Test
	void separateFalseJoinsAToManyIncludeIntoItsParentsStatementAfterItsToOneJoins() {
		FindPlan plan = plan(User.class, Find.all().attributes("username")
			.include(Include.of("posts").separate(false).attributes("title"), Include.of("profile").attributes("bio")));
		NodePlan root = plan.root();
		assertThat(root.columns()).extracting((a) -> a.name()).containsExactly("username", "id");
		assertThat(root.hasJoinedLevels()).isTrue();
		assertThat(root.joins().get(0).firstColumn()).isEqualTo(3);
		LevelPlan posts = root.levels().get(0);
		assertThat(posts.joined()).isTrue();
		assertThat(posts.target().alias()).isEqualTo(2);
		assertThat(posts.target().firstColumn()).isEqualTo(5);
		assertThat(posts.target().columns()).extracting((a) -> a.name()).containsExactly("title", "authorId", "id");
		assertThat(posts.target().assigned()).isEqualTo(1);
		assertThat(posts.rowKey().name()).isEqualTo("id");
		assertThat(posts.rowKeyColumn()).isEqualTo(7);
		assertThat(posts.linkColumn()).isZero();
	}

	@Test
	void aSeparateLevelWithAJoinedLevelUnderItIsFoldedByTheJoinRowKeyWhenTheJoinModelHasOne() {
		FindPlan plan = plan(Team.class, Find.all().include(Include.of("members").through("role")
			.include(Include.of("posts").separate(false))));
		LevelPlan members = plan.root().levels().get(0);
		assertThat(members.joined()).isFalse();
		assertThat(members.folded()).isTrue();
		assertThat(members.rowKey().name()).as("TeamMember.id tells two memberships apart").isEqualTo("id");
		assertThat(members.rowKeyOnJoinTable()).isTrue();
		assertThat(members.rowKeyColumnOfItsOwn()).isTrue();
		assertThat(plan(Team.class, Find.all().include(Include.of("members").through("id", "role").separate(false)))
			.root()
			.levels()
			.get(0)
			.rowKeyColumnOfItsOwn()).as("read once, among the through columns").isFalse();
	}

	@Test
	void separateFalseNeedsAPrimaryKeyToFoldRowsBy() {
		Metamodel boards = Metamodel.of(List.of(Board.class, Note.class));
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> this.planner.plan(boards.model(Board.class),
					Find.all().include(Include.of("notes").separate(false))))
			.withMessage("Include of Board.notes (hasMany Note) has separate(false), but Note has no primary key to "
					+ "fold the joined rows by. Remove separate(false).");
		this.planner.plan(boards.model(Board.class), Find.all().include("notes"));
	}

	@Test
	void separateTrueIsRefusedOnAToOneIncludeAndSeparateFalseIsItsDefault() {
		assertRefused(User.class, Find.all().include(Include.of("profile").separate(true)),
				"Include of User.profile (hasOne Profile) has separate(true), which applies to to-many includes only "
						+ "(hasMany, belongsToMany); a hasOne include is one row joined into its parent's statement.");
		FindPlan plan = plan(Post.class, Find.all().include(Include.of("author").separate(false)));
		assertThat(plan.root().joins()).extracting((n) -> n.model().name()).containsExactly("User");
		assertThat(plan.root().hasJoinedLevels()).isFalse();
	}

	@Test
	void throughAttributesBelongToBelongsToManyIncludesAndTheirJoinModel() {
		assertRefused(User.class, Find.all().include(Include.of("posts").through("role")),
				"Include of User.posts (hasMany Post) has through(...): join attributes apply to belongsToMany "
						+ "includes only.");
		assertRefused(User.class, Find.all().include(Include.of("projects").through("rank")),
				"UserProject has no attribute 'rank'. Attributes of UserProject: userId, projectId, role, joinedAt.");
	}

	@Test
	void aPlanReadsTheKeysItNeedsForStitchingWithoutAssigningThem() {
		FindPlan plan = plan(User.class, Find.all().attributes("username").include(Include.of("posts").attributes("title")));
		assertThat(plan.root().columns()).extracting((a) -> a.name()).containsExactly("username", "id");
		assertThat(plan.root().assigned()).isEqualTo(1);
		assertThat(plan.root().levels().get(0).target().columns()).extracting((a) -> a.name()).containsExactly("title");
		assertThat(plan.root().levels().get(0).linkColumn()).isEqualTo(2);
	}

	/** A model whose notes have no primary key. */
	@Model
	static class Board {

		@Id Long id;

		List<Note> notes;

		static void associate(AssociationRegistry registry) {
			registry.model(Board.class).hasMany(Note.class, (a) -> a.as("notes"));
		}

	}

	/** A model without a primary key. */
	@Model
	static class Note {

		Long boardId;

		String text;

	}

	/** A model with an enum and a primitive attribute. */
	@Model
	static class Ticket {

		@Id Long id;

		Status status;

		int priority;

		enum Status {

			OPEN, CLOSED

		}

	}

}
