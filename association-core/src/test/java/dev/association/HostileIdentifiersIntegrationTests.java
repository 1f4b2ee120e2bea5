package dev.association;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Project;
import dev.association.seed.Role;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.TestDatabase;
import dev.association.testing.TestDatabases;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API that takes a name, tried with quotes, semicolons, comments, backslashes, NUL and unicode: each refuses
 * it with a {@link QueryException} naming the model and listing what exists, before any statement runs. Names come
 * only from model metadata, so a hostile string is simply a name that does not exist.
 */
class HostileIdentifiersIntegrationTests {

	/** Hostile strings, each labelled for the test name. */
	static final Map<String, String> HOSTILE = hostile();

	private static final Map<String, Fixture> fixtures = new HashMap<>();

	private static Map<String, String> hostile() {
		Map<String, String> hostile = new java.util.LinkedHashMap<>();
		hostile.put("double quote", "username\"");
		hostile.put("single quote", "user'name");
		hostile.put("backtick", "user`name");
		hostile.put("semicolon", "username; DROP TABLE users");
		hostile.put("line comment", "username -- x");
		hostile.put("block comment", "user/* */name");
		hostile.put("backslash", "user\\name");
		hostile.put("NUL", "user\u0000name");
		hostile.put("katakana", "ユーザー");
		hostile.put("right-to-left mark", "user\u200Fname");
		hostile.put("zero-width joiner", "user\u200Dname");
		return hostile;
	}

	static Stream<Arguments> databasesAndHostileNames() {
		List<Arguments> arguments = new ArrayList<>();
		TestDatabases.all()
			.forEach((db) -> HOSTILE.forEach((label, name) -> arguments.add(Arguments.of(db, label, name))));
		return arguments.stream();
	}

	@AfterAll
	static void forgetFixtures() {
		fixtures.clear();
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("databasesAndHostileNames")
	void aHostileNameIsRefusedAtEveryQueryAndAccessorEntryPointBeforeAnyStatementRuns(TestDatabase db, String label,
			String hostile) {
		Fixture fixture = fixtures.computeIfAbsent(db.name(), (name) -> new Fixture(db));
		SoftAssertions softly = new SoftAssertions();
		for (EntryPoint entry : EntryPoint.ALL) {
			db.statements().reset();
			softly.assertThatThrownBy(() -> entry.call().accept(fixture, hostile))
				.as("%s with a %s", entry.name(), label)
				.isInstanceOf(QueryException.class)
				.hasMessageStartingWith(entry.model() + " has no " + entry.kind() + " '" + printable(hostile) + "'. "
						+ (entry.kind().equals("attribute") ? "Attributes" : "Associations") + " of " + entry.model()
						+ ": ");
			softly.assertThat(db.statements().statements()).as("statements run by %s with a %s", entry.name(), label)
				.isEmpty();
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "[{0}]")
	@MethodSource("dev.association.testing.TestDatabases#all")
	void everyEntryPointRunsWithANameThatExists(TestDatabase db) {
		Fixture fixture = fixtures.computeIfAbsent(db.name(), (name) -> new Fixture(db));
		for (EntryPoint entry : EntryPoint.ALL) {
			entry.call().accept(fixture, entry.valid());
		}
	}

	/** A name as messages show it: control and format characters (NUL, right-to-left mark, joiner) escaped. */
	static String printable(String name) {
		StringBuilder printable = new StringBuilder();
		name.codePoints().forEach((c) -> {
			if (c < 0x20 || Character.getType(c) == Character.FORMAT) {
				printable.append(String.format("\\u%04X", c));
			}
			else {
				printable.appendCodePoint(c);
			}
		});
		return printable.toString();
	}

	/**
	 * One API that takes a name.
	 * @param name what it is, for messages
	 * @param model the model whose names it looks the name up in
	 * @param kind "attribute" or "association"
	 * @param valid a name that exists there
	 * @param call the call
	 */
	record EntryPoint(String name, String model, String kind, String valid, BiConsumer<Fixture, String> call) {

		static final List<EntryPoint> ALL = List.of(
				where("Where.eq", (n) -> Where.eq(n, "alice")), where("Where.ne", (n) -> Where.ne(n, "alice")),
				where("Where.gt", (n) -> Where.gt(n, "a")), where("Where.gte", (n) -> Where.gte(n, "a")),
				where("Where.lt", (n) -> Where.lt(n, "z")), where("Where.lte", (n) -> Where.lte(n, "z")),
				where("Where.in", (n) -> Where.in(n, "alice", "bob")),
				where("Where.notIn", (n) -> Where.notIn(n, List.of("bob"))),
				where("Where.like", (n) -> Where.like(n, "a%")), where("Where.iLike", (n) -> Where.iLike(n, "A%")),
				where("Where.isNull", Where::isNull), where("Where.notNull", Where::notNull),
				where("Where.between", (n) -> Where.between(n, "a", "z")),
				where("Where.and/or/not", (n) -> Where.or(Where.eq("active", true), Where.and(Where.not(Where.eq(n, "x"))))),
				attribute("User", "count(Find.where(...))", (f, n) -> f.users().count(Find.where(Where.eq(n, "a")))),
				attribute("User", "destroy(Where)", (f, n) -> f.users().destroy(Where.eq(n, "nobody"))),
				association("User", "Include.of(alias)", (f, n) -> f.users().findAll(Find.all().include(Include.of(n)))),
				association("User", "Find.include(path)", (f, n) -> f.users().findAll(Find.all().include(n))),
				association("User", "findByPk(id, Find.include(alias))",
						(f, n) -> f.users().findByPk(f.alice.id, Find.all().include(n))),
				new EntryPoint("Include.where", "Post", "attribute", "title", (f, n) -> f.users()
					.findAll(Find.all().include(Include.of("posts").where(Where.eq(n, "x"))))),
				new EntryPoint("Include.attributes", "Post", "attribute", "title",
						(f, n) -> f.users().findAll(Find.all().include(Include.of("posts").attributes("id", n)))),
				new EntryPoint("Include.order", "Post", "attribute", "title",
						(f, n) -> f.users().findAll(Find.all().include(Include.of("posts").order(n, Order.DESC)))),
				new EntryPoint("Include.through", "UserProject", "attribute", "role",
						(f, n) -> f.users().findAll(Find.all().include(Include.of("projects").through(n)))),
				attribute("User", "Find.attributes", (f, n) -> f.users().findAll(Find.all().attributes("id", n))),
				attribute("User", "Find.order", (f, n) -> f.users().findAll(Find.all().order(n))),
				new EntryPoint("Find.order(profile.<name>)", "Profile", "attribute", "bio",
						(f, n) -> f.users().findAll(Find.all().include("profile").order("profile." + n))),
				new EntryPoint("Find.order(<alias>.bio)", "User", "association", "profile",
						(f, n) -> f.users().findAll(Find.all().include("profile").order(n + ".bio"))),
				association("User", "many(source, alias)", (f, n) -> f.users().many(f.alice, n)),
				new EntryPoint("one(source, alias)", "User", "association", "profile", (f, n) -> f.users().one(f.alice, n)),
				new EntryPoint("add(target, through) keys", "UserProject", "attribute", "role",
						(f, n) -> f.users().many(f.alice, "projects").add(f.apollo, Map.of(n, "owner"))),
				new EntryPoint("many(...).get(Find.where(...))", "Role", "attribute", "name",
						(f, n) -> f.users().many(f.alice, "roles").get(Find.where(Where.eq(n, "admin")))),
				new EntryPoint("many(...).count(Where)", "Role", "attribute", "name",
						(f, n) -> f.users().many(f.alice, "roles").count(Where.eq(n, "admin"))));

		private static EntryPoint where(String name, java.util.function.Function<String, Where> where) {
			return attribute("User", name, (f, n) -> f.users().findAll(Find.where(where.apply(n))));
		}

		private static EntryPoint attribute(String model, String name, BiConsumer<Fixture, String> call) {
			return new EntryPoint(name, model, "attribute", "username", call);
		}

		private static EntryPoint association(String model, String name, BiConsumer<Fixture, String> call) {
			return new EntryPoint(name, model, "association", "projects", call);
		}

	}

	/** The seed schema on one database, a user, a project and a role. */
	static final class Fixture {

		final Associations associations;

		final User alice;

		final Project apollo;

		Fixture(TestDatabase db) {
			db.reset();
			this.associations = Associations.builder()
				.dataSource(db.dataSource())
				.models(Seeds.MODELS.toArray(Class[]::new))
				.build();
			this.associations.schema().create();
			this.alice = users().create(new User("alice"));
			this.apollo = this.associations.<Project, Long>repository(Project.class).create(new Project("apollo"));
			this.associations.<Role, Long>repository(Role.class).create(new Role("admin"));
		}

		AssociationRepository<User, Long> users() {
			return this.associations.repository(User.class);
		}

	}

}
