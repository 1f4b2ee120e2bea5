package dev.association.write;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Department;
import dev.association.seed.Employee;
import dev.association.seed.Profile;
import dev.association.seed.Project;
import dev.association.seed.User;
import dev.association.seed.UserProject;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;
import dev.association.write.WriteModels.Note;
import dev.association.write.WriteModels.Shelf;
import dev.association.write.WriteModels.Ticket;
import dev.association.write.WriteModels.Warehouse;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.instant;
import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelWritesIntegrationTests {

	@AllDatabasesAndGalera
	void createInsertsTheRowReadsTheGeneratedKeyBackAndSetsBothTimestamps(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		User alice = associations.<User, Long>repository(User.class).create(new User("alice"));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(alice.id).isNotNull();
		assertThat(alice.createdAt).isEqualTo(alice.updatedAt).isBetween(before, Instant.now());
		assertThat(alice.createdAt.getNano() % 1000).isZero();
		Map<String, Object> row = db.jdbc().queryForMap("SELECT username, email, active FROM users WHERE id = ?", alice.id);
		assertThat(row.values()).containsExactly("alice", "alice@example.com", true);
		assertThat(instant(db, "SELECT created_at FROM users WHERE id = ?", alice.id)).isEqualTo(alice.createdAt);
		assertThat(instant(db, "SELECT updated_at FROM users WHERE id = ?", alice.id)).isEqualTo(alice.updatedAt);
	}

	@AllDatabasesAndGalera
	void createKeepsAGivenCreatedAtAndWritesFieldInitialiserDefaults(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		Instant long_ago = Instant.parse("2020-01-02T03:04:05.123456Z");
		User bob = new User("bob");
		bob.createdAt = long_ago;
		associations.<User, Long>repository(User.class).create(bob);
		Project project = associations.<Project, Long>repository(Project.class).create(new Project("apollo"));
		assertThat(instant(db, "SELECT created_at FROM users WHERE id = ?", bob.id)).isEqualTo(long_ago);
		assertThat(bob.updatedAt).isAfter(long_ago);
		assertThat(db.jdbc().queryForObject("SELECT status FROM projects WHERE id = ?", String.class, project.id))
			.isEqualTo("active");
	}

	@AllDatabasesAndGalera
	void createGeneratesAUuidKeyAndSetsLocalAndOffsetTimestamps(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		Ticket ticket = associations.<Ticket, Object>repository(Ticket.class).create(new Ticket("printer on fire"));
		assertThat(ticket.id).isNotNull();
		assertThat(ticket.createdAt).isEqualTo(LocalDateTime.ofInstant(ticket.updatedAt.toInstant(),
				java.time.ZoneId.systemDefault()));
		assertThat(count(db, "SELECT COUNT(*) FROM tickets WHERE id = ? AND status = 'open'", ticketId(db, ticket)))
			.isEqualTo(1);
		assertThat(instant(db, "SELECT updated_at FROM tickets")).isEqualTo(ticket.updatedAt.toInstant());
	}

	private static Object ticketId(TestDatabase db, Ticket ticket) {
		return db.name().equals("mariadb") ? ticket.id.toString() : ticket.id;
	}

	@AllDatabasesAndGalera
	void createRunsTheBeforeCreateHookRegisteredInAssociate(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		Note note = associations.<Note, Long>repository(Note.class).create(new Note("  groceries  "));
		assertThat(db.jdbc().queryForObject("SELECT title FROM notes WHERE id = ?", String.class, note.id))
			.isEqualTo("groceries");
	}

	@AllDatabasesAndGalera
	void bulkCreateSendsOneBatchPerChunkAndReadsEveryKeyBack(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		List<User> users = new ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			users.add(new User("user" + i));
		}
		associations.<User, Long>repository(User.class).bulkCreate(users);
		assertThat(db.statements().count()).isEqualTo(3);
		assertThat(users).allSatisfy((user) -> assertThat(user.id).isNotNull());
		assertThat(users.stream().map((u) -> u.id).distinct()).hasSize(2500);
		List<Long> inOrder = longs(db, "SELECT id FROM users ORDER BY username");
		assertThat(count(db, "SELECT COUNT(*) FROM users")).isEqualTo(2500);
		for (User user : List.of(users.get(0), users.get(999), users.get(1000), users.get(2499))) {
			assertThat(db.jdbc().queryForObject("SELECT username FROM users WHERE id = ?", String.class, user.id))
				.isEqualTo(user.username);
		}
		assertThat(inOrder).containsAll(users.stream().map((u) -> u.id).toList());
	}

	@AllDatabasesAndGalera
	void bulkCreateOfFewRowsIsOneStatement(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		List<Project> projects = List.of(new Project("a"), new Project("b"), new Project("c"));
		associations.<Project, Long>repository(Project.class).bulkCreate(projects);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(longs(db, "SELECT id FROM projects ORDER BY name"))
			.containsExactly(projects.get(0).id, projects.get(1).id, projects.get(2).id);
	}

	@AllDatabasesAndGalera
	void updateWritesTheAttributesAndMovesUpdatedAt(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		User carol = users.create(new User("carol"));
		Instant created = carol.createdAt;
		carol.email = "carol@example.org";
		carol.active = false;
		db.statements().reset();
		users.update(carol);
		assertThat(db.statements().count()).isEqualTo(1);
		Map<String, Object> row = db.jdbc().queryForMap("SELECT email, active FROM users WHERE id = ?", carol.id);
		assertThat(row.values()).containsExactly("carol@example.org", false);
		assertThat(carol.updatedAt).isAfterOrEqualTo(created);
		assertThat(instant(db, "SELECT updated_at FROM users WHERE id = ?", carol.id)).isEqualTo(carol.updatedAt);
		assertThat(instant(db, "SELECT created_at FROM users WHERE id = ?", carol.id)).isEqualTo(created);
	}

	@AllDatabasesAndGalera
	void updateOfARowThatDoesNotExistIsAnErrorNamingTheModelAndKey(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		User ghost = new User("ghost");
		ghost.id = 999L;
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> associations.<User, Long>repository(User.class).update(ghost))
			.withMessage("Cannot update User (id 999): no such row. Use create(...) to insert it.");
	}

	@AllDatabasesAndGalera
	void updateOfAJoinModelWithoutIdFindsTheRowByItsTwoKeys(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		User user = associations.<User, Long>repository(User.class).create(new User("dan"));
		Project project = associations.<Project, Long>repository(Project.class).create(new Project("zeus"));
		UserProject membership = new UserProject();
		membership.userId = user.id;
		membership.projectId = project.id;
		AssociationRepository<UserProject, Object> memberships = associations.repository(UserProject.class);
		memberships.create(membership);
		membership.role = "owner";
		memberships.update(membership);
		assertThat(db.jdbc().queryForList("SELECT role FROM user_projects", String.class)).containsExactly("owner");
		memberships.destroy(membership);
		assertThat(count(db, "SELECT COUNT(*) FROM user_projects")).isZero();
	}

	@AllDatabasesAndGalera
	void destroyDeletesTheRowAndTheDatabaseCascadesToTheProfile(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		User erin = associations.<User, Long>repository(User.class).create(new User("erin"));
		Profile profile = new Profile("hello");
		profile.userId = erin.id;
		associations.<Profile, Long>repository(Profile.class).create(profile);
		db.statements().reset();
		associations.<User, Long>repository(User.class).destroy(erin);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM users")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM profiles")).isZero();
	}

	@AllDatabasesAndGalera
	void destroyingADepartmentKeepsItsEmployeesWithANullDepartment(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		Department sales = associations.<Department, Long>repository(Department.class).create(new Department("sales"));
		List<Employee> employees = List.of(new Employee("fay"), new Employee("gus"));
		employees.forEach((e) -> e.departmentId = sales.id);
		associations.<Employee, Long>repository(Employee.class).bulkCreate(employees);
		associations.<Department, Long>repository(Department.class).destroy(sales);
		assertThat(count(db, "SELECT COUNT(*) FROM departments")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM employees WHERE department_id IS NULL")).isEqualTo(2);
	}

	@AllDatabasesAndGalera
	void restrictRefusesTheDestroyWithAMessageNamingTheAssociationAndKeepsTheRows(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		Warehouse north = associations.<Warehouse, Long>repository(Warehouse.class).create(new Warehouse("north"));
		associations.<Shelf, Long>repository(Shelf.class).create(new Shelf("A1", north.id));
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> associations.<Warehouse, Long>repository(Warehouse.class).destroy(north))
			.withMessage("Cannot destroy Warehouse (id " + north.id + "): Shelf rows still reference it and "
					+ "Warehouse.shelves (hasMany Shelf) with onDelete RESTRICT refuses the delete. "
					+ "Destroy or unlink those rows first.");
		assertThat(count(db, "SELECT COUNT(*) FROM warehouses")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM shelves")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void destroyWhereDeletesTheMatchingRowsInOneStatement(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		AssociationRepository<User, Long> users = associations.repository(User.class);
		users.bulkCreate(List.of(new User("ann"), new User("abe"), new User("bea"), new User("cal")));
		db.statements().reset();
		int deleted = users.destroy(Where.or(Where.like("username", "a%"), Where.in("username", "cal", "zed")));
		assertThat(deleted).isEqualTo(3);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(db.jdbc().queryForList("SELECT username FROM users", String.class)).containsExactly("bea");
	}

	@AllDatabasesAndGalera
	void destroyWhereOnAnUnknownAttributeListsTheAttributes(TestDatabase db) {
		Associations associations = WriteTesting.engine(db);
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> associations.<Warehouse, Long>repository(Warehouse.class).destroy(Where.eq("nme", "x")))
			.withMessage("Warehouse has no attribute 'nme'. Attributes of Warehouse: id, name.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> associations.<Warehouse, Long>repository(Warehouse.class).destroy(Where.eq("name", 5)))
			.withMessageStartingWith("Warehouse.name is String (STRING); the value '5' (Integer) does not fit it");
	}

}
