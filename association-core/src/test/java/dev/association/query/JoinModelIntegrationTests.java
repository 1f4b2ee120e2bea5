package dev.association.query;

import java.time.Instant;
import java.util.List;

import dev.association.Associations;
import dev.association.dialect.SqlDialect;
import dev.association.engine.Engine;
import dev.association.metadata.ValueType;
import dev.association.seed.Project;
import dev.association.seed.Seeds;
import dev.association.seed.Team;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class JoinModelIntegrationTests {

	private static final Instant JOINED_LEAD = Instant.parse("2024-01-02T03:04:05Z");

	private static final Instant JOINED_SITE = Instant.parse("2024-02-03T04:05:06Z");

	private static final Instant DELETED = Instant.parse("2024-03-04T05:06:07Z");

	/**
	 * Users a, b, c; teams core (a, c; b soft-deleted) and docs (b); projects engine (core, active), legacy (core,
	 * archived), site (docs, active); a leads engine and works on site, b works on engine.
	 */
	static Associations create(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.build();
		associations.schema().create();
		SqlDialect dialect = Engine.of(associations).context().dialect();
		JdbcTemplate jdbc = db.jdbc();
		for (String name : List.of("a", "b", "c")) {
			jdbc.update("INSERT INTO users (username, active) VALUES (?, ?)", name, true);
		}
		jdbc.update("INSERT INTO teams (id, name) VALUES (1, 'core'), (2, 'docs')");
		jdbc.update("INSERT INTO projects (id, name, status, team_id) VALUES (1, 'engine', 'active', 1), "
				+ "(2, 'legacy', 'archived', 1), (3, 'site', 'active', 2)");
		Object[][] memberships = { { 1L, 1L, "lead", JOINED_LEAD }, { 1L, 3L, "member", JOINED_SITE },
				{ 2L, 1L, "member", JOINED_SITE } };
		for (Object[] row : memberships) {
			jdbc.update("INSERT INTO user_projects (user_id, project_id, role, joined_at) VALUES (?, ?, ?, ?)", (ps) -> {
				ps.setLong(1, (Long) row[0]);
				ps.setLong(2, (Long) row[1]);
				ps.setString(3, (String) row[2]);
				dialect.bind(ps, 4, ValueType.INSTANT, row[3]);
			});
		}
		jdbc.update("INSERT INTO team_members (team_id, user_id, role) VALUES (1, 1, 'owner'), (2, 2, 'member'), "
				+ "(1, 3, 'member')");
		jdbc.update("INSERT INTO team_members (team_id, user_id, role, deleted_at) VALUES (1, 2, 'member', ?)",
				(ps) -> dialect.bind(ps, 1, ValueType.INSTANT, DELETED));
		db.statements().reset();
		return associations;
	}

	@AllDatabases
	void throughAttributesFillTheTargetsJoinModelField(TestDatabase db) {
		Associations associations = create(db);
		List<User> users = associations.<User, Long>repository(User.class)
			.findAll(Find.all().include(Include.of("projects").through("role", "joinedAt")));
		assertThat(db.statements().count()).isEqualTo(2);
		User a = users.get(0);
		assertThat(a.projects).extracting((p) -> p.name).containsExactly("engine", "site");
		assertThat(a.projects).extracting((p) -> p.userProject.role).containsExactly("lead", "member");
		assertThat(a.projects).extracting((p) -> p.userProject.joinedAt).containsExactly(JOINED_LEAD, JOINED_SITE);
		assertThat(a.projects).allSatisfy((p) -> assertThat(p.userProject.userId).as("not asked for").isNull());
		assertThat(users.get(1).projects).extracting((p) -> p.userProject.role).containsExactly("member");
		assertThat(users.get(2).projects).isEmpty();
	}

	@AllDatabases
	void everyJoinAttributeIsReadByDefaultFromEitherSide(TestDatabase db) {
		Associations associations = create(db);
		List<Project> projects = associations.<Project, Long>repository(Project.class)
			.findAll(Find.all().include("members"));
		Project engine = projects.get(0);
		assertThat(engine.members).extracting((u) -> u.username).containsExactly("a", "b");
		assertThat(engine.members).extracting((u) -> u.userProject.role).containsExactly("lead", "member");
		assertThat(engine.members).extracting((u) -> u.userProject.userId).containsExactly(1L, 2L);
		assertThat(engine.members).extracting((u) -> u.userProject.projectId).containsExactly(1L, 1L);
		assertThat(engine.members.get(0).userProject.joinedAt).isEqualTo(JOINED_LEAD);
		assertThat(projects.get(1).members).isEmpty();
	}

	@AllDatabases
	void throughScopeFiltersSoftDeletedJoinRowsFromBothSides(TestDatabase db) {
		Associations associations = create(db);
		List<Team> teams = associations.<Team, Long>repository(Team.class).findAll(Find.all().include("members"));
		assertThat(teams.get(0).members).extracting((u) -> u.username).containsExactly("a", "c");
		assertThat(teams.get(0).members).extracting((u) -> u.teamMember.role).containsExactly("owner", "member");
		assertThat(teams.get(1).members).extracting((u) -> u.username).containsExactly("b");
		List<User> users = associations.<User, Long>repository(User.class).findAll(Find.all().include("teams"));
		assertThat(users).extracting((u) -> u.teams.stream().map((t) -> t.name).toList())
			.containsExactly(List.of("core"), List.of("docs"), List.of("core"));
		List<Team> withB = associations.<Team, Long>repository(Team.class)
			.findAll(Find.all().include(Include.of("members").where(Where.eq("username", "b"))));
		assertThat(withB).as("the required semi-join honours the through scope too")
			.extracting((t) -> t.name)
			.containsExactly("docs");
	}

	@AllDatabases
	void scopeFiltersTheIncludedTargets(TestDatabase db) {
		Associations associations = create(db);
		List<Team> teams = associations.<Team, Long>repository(Team.class)
			.findAll(Find.all().include("activeProjects").order("name"));
		assertThat(teams).extracting((t) -> t.activeProjects.stream().map((p) -> p.name).toList())
			.containsExactly(List.of("engine"), List.of("site"));
		assertThat(associations.<Team, Long>repository(Team.class)
			.count(Find.all().include(Include.of("activeProjects").where(Where.eq("name", "legacy")))))
			.isZero();
	}

	@AllDatabases
	void accessorsFindAndCountTheTargetsOfOneRowWithScopesAndThroughFields(TestDatabase db) {
		Associations associations = create(db);
		var queries = Engine.of(associations).queries();
		var metamodel = Engine.of(associations).context().metamodel();
		var members = metamodel.model(Team.class).association("members");
		List<User> coreMembers = queries.findAssociated(members, 1L, Find.all().order("username", Order.DESC));
		assertThat(coreMembers).extracting((u) -> u.username).containsExactly("c", "a");
		assertThat(coreMembers).extracting((u) -> u.teamMember.role).containsExactly("member", "owner");
		assertThat(queries.countAssociated(members, 1L, null)).isEqualTo(2);
		assertThat(queries.countAssociated(members, 1L, Where.eq("username", "c"))).isEqualTo(1);
		var activeProjects = metamodel.model(Team.class).association("activeProjects");
		List<Project> projects = queries.findAssociated(activeProjects, 1L, Find.all().include("team"));
		assertThat(projects).extracting((p) -> p.name).containsExactly("engine");
		assertThat(projects.get(0).team.name).isEqualTo("core");
		var team = metamodel.model(Project.class).association("team");
		List<Team> teamOfSite = queries.findAssociated(team, 2L, Find.all().include("members"));
		assertThat(teamOfSite).extracting((t) -> t.name).containsExactly("docs");
		assertThat(teamOfSite.get(0).members).extracting((u) -> u.username).containsExactly("b");
		var projectsOfUser = metamodel.model(User.class).association("projects");
		List<Project> page = queries.findAssociated(projectsOfUser, 1L, Find.all().order("name").limit(1).offset(1));
		assertThat(page).extracting((p) -> p.name).containsExactly("site");
		assertThat(page.get(0).userProject.role).isEqualTo("member");
	}

}
