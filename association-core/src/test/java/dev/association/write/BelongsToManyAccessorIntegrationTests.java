package dev.association.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.association.Associations;
import dev.association.HookType;
import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.seed.Project;
import dev.association.seed.Role;
import dev.association.seed.Team;
import dev.association.seed.User;
import dev.association.seed.UserProject;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BelongsToManyAccessorIntegrationTests {

	private Associations associations;

	private User alice;

	private List<Role> roles;

	private final AtomicBoolean membershipHookArmed = new AtomicBoolean();

	private final AtomicInteger membershipsCreated = new AtomicInteger();

	private void seed(TestDatabase db, int roleCount) {
		this.associations = WriteTesting.engine(db, (builder) -> builder.hook(UserProject.class,
				HookType.BEFORE_CREATE, (membership) -> {
					if (this.membershipHookArmed.get() && this.membershipsCreated.incrementAndGet() == 50) {
						throw new IllegalStateException("the 50th membership is refused");
					}
				}));
		this.alice = users().create(new User("alice"));
		this.roles = new ArrayList<>();
		for (int i = 0; i < roleCount; i++) {
			this.roles.add(new Role("role" + i));
		}
		this.associations.<Role, Long>repository(Role.class).bulkCreate(this.roles);
		db.statements().reset();
	}

	private AssociationRepository<User, Long> users() {
		return this.associations.repository(User.class);
	}

	private ManyAccessor<Role> rolesOf(User user) {
		return users().many(user, "roles");
	}

	private long role(int index) {
		return this.roles.get(index).id;
	}

	private List<Long> linkedRoles(TestDatabase db) {
		return longs(db, "SELECT role_id FROM user_roles WHERE user_id = ? ORDER BY role_id", this.alice.id);
	}

	@AllDatabasesAndGalera
	void addInsertsOneJoinRowPerTargetInOneBatchAndNeverADuplicate(TestDatabase db) {
		seed(db, 3);
		rolesOf(this.alice).add(this.roles.get(0), role(1), this.roles.get(0));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(linkedRoles(db)).containsExactly(role(0), role(1));
		db.statements().reset();
		rolesOf(this.alice).add(role(1));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(linkedRoles(db)).containsExactly(role(0), role(1));
	}

	@AllDatabasesAndGalera
	void setDeletesTheJoinRowsNotInTheSetAndInsertsTheNewOnes(TestDatabase db) {
		seed(db, 4);
		rolesOf(this.alice).add(role(0), role(1), role(2));
		rolesOf(this.alice).set(List.of(role(1), this.roles.get(3)));
		assertThat(linkedRoles(db)).containsExactly(role(1), role(3));
		assertThat(count(db, "SELECT COUNT(*) FROM roles")).isEqualTo(4);
		rolesOf(this.alice).set(List.of());
		assertThat(linkedRoles(db)).isEmpty();
	}

	@AllDatabasesAndGalera
	void removeDeletesJoinRowsAndNeverTheTargets(TestDatabase db) {
		seed(db, 3);
		rolesOf(this.alice).add(role(0), role(1), role(2));
		rolesOf(this.alice).remove(this.roles.get(0), role(2));
		assertThat(linkedRoles(db)).containsExactly(role(1));
		assertThat(count(db, "SELECT COUNT(*) FROM roles")).isEqualTo(3);
	}

	@AllDatabasesAndGalera
	void hasIsTrueOnlyWhenEveryGivenTargetIsLinked(TestDatabase db) {
		seed(db, 3);
		rolesOf(this.alice).add(role(0), role(1));
		assertThat(rolesOf(this.alice).has(role(0), this.roles.get(1))).isTrue();
		assertThat(rolesOf(this.alice).has(role(0), role(2))).isFalse();
		assertThat(rolesOf(this.alice).has(role(2))).isFalse();
	}

	@AllDatabasesAndGalera
	void createInsertsTheTargetAndItsJoinRow(TestDatabase db) {
		seed(db, 0);
		Role admin = rolesOf(this.alice).create(new Role("admin"));
		assertThat(admin.id).isNotNull();
		assertThat(linkedRoles(db)).containsExactly(admin.id);
	}

	@AllDatabasesAndGalera
	void addWithThroughValuesWritesThemAndAPlainAddGetsTheJoinModelDefaults(TestDatabase db) {
		seed(db, 0);
		AssociationRepository<Project, Long> projects = this.associations.repository(Project.class);
		Project apollo = projects.create(new Project("apollo"));
		User bob = users().create(new User("bob"));
		Instant before = Instant.now().minusSeconds(1);
		projects.<User>many(apollo, "members").add(this.alice, Map.of("role", "admin"));
		projects.<User>many(apollo, "members").add(bob);
		assertThat(db.jdbc().queryForObject("SELECT role FROM user_projects WHERE user_id = ? AND project_id = ?",
				String.class, this.alice.id, apollo.id)).isEqualTo("admin");
		assertThat(db.jdbc().queryForObject("SELECT role FROM user_projects WHERE user_id = ?", String.class, bob.id))
			.isEqualTo("member");
		assertThat(WriteTesting.instant(db, "SELECT joined_at FROM user_projects WHERE user_id = ?", this.alice.id))
			.isAfter(before);
	}

	@AllDatabasesAndGalera
	void addWithThroughValuesOnALinkedTargetUpdatesTheJoinRow(TestDatabase db) {
		seed(db, 0);
		Project apollo = this.associations.<Project, Long>repository(Project.class).create(new Project("apollo"));
		ManyAccessor<Project> projectsOfAlice = users().many(this.alice, "projects");
		projectsOfAlice.add(apollo);
		projectsOfAlice.add(apollo.id, Map.of("role", "owner"));
		assertThat(db.jdbc().queryForList("SELECT role FROM user_projects", String.class)).containsExactly("owner");
		Project zeus = projectsOfAlice.create(new Project("zeus"), Map.of("role", "lead"));
		assertThat(db.jdbc().queryForObject("SELECT role FROM user_projects WHERE project_id = ?", String.class,
				zeus.id)).isEqualTo("lead");
	}

	@AllDatabasesAndGalera
	void getReturnsTheTargetsWithTheirJoinRow(TestDatabase db) {
		seed(db, 0);
		Project apollo = this.associations.<Project, Long>repository(Project.class).create(new Project("apollo"));
		this.associations.<Project, Long>repository(Project.class).<User>many(apollo, "members")
			.add(this.alice, Map.of("role", "admin"));
		List<Project> found = users().<Project>many(this.alice, "projects").get(Find.all());
		assertThat(found).singleElement().satisfies((project) -> {
			assertThat(project.userProject.role).isEqualTo("admin");
			assertThat(project.userProject.joinedAt).isNotNull();
		});
	}

	@AllDatabasesAndGalera
	void theThroughScopeIsWrittenOnAddAndASoftDeletedJoinRowIsBroughtBack(TestDatabase db) {
		seed(db, 0);
		Team red = this.associations.<Team, Long>repository(Team.class).create(new Team("red"));
		ManyAccessor<User> members = this.associations.<Team, Long>repository(Team.class).many(red, "members");
		members.add(this.alice);
		assertThat(db.jdbc().queryForMap("SELECT role, deleted_at FROM team_members WHERE user_id = ?", this.alice.id))
			.containsEntry("role", "member")
			.containsValue(null);
		db.jdbc().update("UPDATE team_members SET deleted_at = CURRENT_TIMESTAMP");
		assertThat(members.has(this.alice)).isFalse();
		members.add(this.alice);
		assertThat(count(db, "SELECT COUNT(*) FROM team_members WHERE deleted_at IS NULL")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM team_members")).isEqualTo(1);
		assertThat(members.has(this.alice)).isTrue();
	}

	@AllDatabasesAndGalera
	void setOfAThousandTargetsTakesThreeStatements(TestDatabase db) {
		seed(db, 1010);
		rolesOf(this.alice).set(this.roles.subList(0, 10));
		db.statements().reset();
		rolesOf(this.alice).set(this.roles.subList(10, 1010));
		assertThat(db.statements().count()).as(db.statements().statements().toString()).isEqualTo(3);
		assertThat(count(db, "SELECT COUNT(*) FROM user_roles WHERE user_id = ?", this.alice.id)).isEqualTo(1000);
		assertThat(count(db, "SELECT COUNT(*) FROM user_roles WHERE role_id <= ?", role(9))).isZero();
	}

	@AllDatabasesAndGalera
	void aHookThatThrowsDuringASetOfAHundredLeavesTheOriginalJoinRows(TestDatabase db) {
		seed(db, 0);
		AssociationRepository<Project, Long> projects = this.associations.repository(Project.class);
		List<Project> hundred = new ArrayList<>();
		for (int i = 0; i < 103; i++) {
			hundred.add(new Project("p" + i));
		}
		projects.bulkCreate(hundred);
		ManyAccessor<Project> projectsOfAlice = users().many(this.alice, "projects");
		projectsOfAlice.set(hundred.subList(100, 103));
		this.membershipHookArmed.set(true);
		assertThatIllegalStateException().isThrownBy(() -> projectsOfAlice.set(hundred.subList(0, 100)))
			.withMessage("the 50th membership is refused");
		assertThat(longs(db, "SELECT project_id FROM user_projects ORDER BY project_id")).containsExactly(
				hundred.get(100).id, hundred.get(101).id, hundred.get(102).id);
	}

	@AllDatabasesAndGalera
	void aConstraintViolationDuringASetOfAHundredRolesLeavesTheOriginalJoinRows(TestDatabase db) {
		seed(db, 103);
		rolesOf(this.alice).set(this.roles.subList(100, 103));
		List<Object> hundred = new ArrayList<>(this.roles.subList(0, 99));
		hundred.add(987654321L);
		assertThatExceptionOfType(WriteException.class).isThrownBy(() -> rolesOf(this.alice).set(hundred))
			.withMessageStartingWith("Cannot set User.roles (belongsToMany Role): the database refused (")
			.withMessageEndingWith("). No row was changed.");
		assertThat(linkedRoles(db)).containsExactly(role(100), role(101), role(102));
	}

	@AllDatabasesAndGalera
	void twoThreadsAddingTheSameRoleAtOnceLeaveOneJoinRow(TestDatabase db) throws Exception {
		seed(db, 20);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				long roleId = role(round);
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<?>> adds = new ArrayList<>();
				for (int thread = 0; thread < 2; thread++) {
					adds.add(pool.submit(() -> {
						start.await();
						rolesOf(this.alice).add(roleId);
						return null;
					}));
				}
				for (Future<?> add : adds) {
					add.get();
				}
				assertThat(count(db, "SELECT COUNT(*) FROM user_roles WHERE role_id = ?", roleId)).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count(db, "SELECT COUNT(*) FROM user_roles")).isEqualTo(20);
	}

	@AllDatabasesAndGalera
	void throughValuesAreCheckedAgainstTheJoinModel(TestDatabase db) {
		seed(db, 1);
		Project apollo = this.associations.<Project, Long>repository(Project.class).create(new Project("apollo"));
		ManyAccessor<Project> projectsOfAlice = users().many(this.alice, "projects");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> rolesOf(this.alice).add(role(0), Map.of("role", "x")))
			.withMessage("User.roles (belongsToMany Role) goes through the table 'user_roles', which has only its two "
					+ "keys; join attributes [role] need a join model: through(JoinModel.class).");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> projectsOfAlice.add(apollo, Map.of("rank", 1)))
			.withMessage("UserProject has no attribute 'rank'. Attributes of UserProject: userId, projectId, role, joinedAt.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> projectsOfAlice.add(apollo, Map.of("userId", 7L)))
			.withMessageStartingWith("UserProject.userId is a key of User.projects (belongsToMany Project)");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> projectsOfAlice.add(apollo, Map.of("role", 5)))
			.withMessage("UserProject.role is a String; got a Integer (5).");
		assertThat(count(db, "SELECT COUNT(*) FROM user_projects")).isZero();
	}

}
