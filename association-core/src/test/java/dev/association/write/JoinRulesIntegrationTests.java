package dev.association.write;

import java.util.List;

import dev.association.Associations;
import dev.association.WriteException;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.SchemaInspector;
import dev.association.testing.SchemaInspector.ForeignKey;
import dev.association.testing.TestDatabase;
import dev.association.write.JoinRuleModels.Assignee;
import dev.association.write.JoinRuleModels.Draft;
import dev.association.write.JoinRuleModels.Review;
import dev.association.write.JoinRuleModels.Reviewer;
import dev.association.write.JoinRuleModels.Task;

import static dev.association.write.WriteTesting.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The two sides of a belongsToMany pair each rule the join-table foreign key that points at their own source, as in
 * Sequelize: {@code Assignee.tasks} with onDelete RESTRICT and {@code Task.assignees} with onDelete CASCADE mean
 * destroying a task removes its assignments, and destroying an assigned assignee is refused.
 */
class JoinRulesIntegrationTests {

	private static Associations engine(TestDatabase db, List<Class<?>> models) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(models.toArray(Class[]::new))
			.build();
		associations.schema().create();
		return associations;
	}

	@AllDatabasesAndGalera
	void throughATableByNameEachSideRulesTheColumnPointingAtItsSource(TestDatabase db) {
		Associations associations = engine(db, JoinRuleModels.BY_NAME);
		assertThat(new SchemaInspector(db.rawDataSource()).foreignKeys("assignments")).containsExactlyInAnyOrder(
				new ForeignKey("assignee_id", "assignees", "id", "RESTRICT", "RESTRICT"),
				new ForeignKey("task_id", "tasks", "id", "CASCADE", "CASCADE"));
		AssociationRepository<Assignee, Long> assignees = associations.repository(Assignee.class);
		AssociationRepository<Task, Long> tasks = associations.repository(Task.class);
		Assignee ann = assignees.create(new Assignee("ann"));
		Assignee bob = assignees.create(new Assignee("bob"));
		List<Task> created = tasks.bulkCreate(List.of(new Task("t1"), new Task("t2"), new Task("t3")));
		assignees.<Task>many(ann, "tasks").add(created.get(0), created.get(1));
		assignees.<Task>many(bob, "tasks").add(created.get(1), created.get(2));
		tasks.destroy(created.get(0));
		assertThat(tasks.destroy(Where.eq("title", "t3"))).isOne();
		assertThat(count(db, "SELECT COUNT(*) FROM assignments")).isEqualTo(2);
		assertThatExceptionOfType(WriteException.class).isThrownBy(() -> assignees.destroy(ann))
			.withMessage("Cannot destroy Assignee (id " + ann.id + "): assignments rows still reference it and "
					+ "Assignee.tasks (belongsToMany Task) with onDelete RESTRICT refuses the delete. "
					+ "Destroy or unlink those rows first.");
		assertThat(count(db, "SELECT COUNT(*) FROM assignees")).isEqualTo(2);
		assertThat(count(db, "SELECT COUNT(*) FROM tasks")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM assignments")).isEqualTo(2);
	}

	@AllDatabasesAndGalera
	void throughAJoinModelEachSideRulesTheColumnPointingAtItsSource(TestDatabase db) {
		Associations associations = engine(db, JoinRuleModels.BY_MODEL);
		assertThat(new SchemaInspector(db.rawDataSource()).foreignKeys("reviews")).containsExactlyInAnyOrder(
				new ForeignKey("reviewer_id", "reviewers", "id", "RESTRICT", "RESTRICT"),
				new ForeignKey("draft_id", "drafts", "id", "CASCADE", "CASCADE"));
		AssociationRepository<Reviewer, Long> reviewers = associations.repository(Reviewer.class);
		AssociationRepository<Draft, Long> drafts = associations.repository(Draft.class);
		Reviewer ann = reviewers.create(new Reviewer("ann"));
		Draft first = drafts.create(new Draft("first"));
		Draft second = drafts.create(new Draft("second"));
		drafts.<Reviewer>many(first, "reviewers").add(ann);
		drafts.<Reviewer>many(second, "reviewers").add(ann);
		drafts.destroy(first);
		assertThat(count(db, "SELECT COUNT(*) FROM reviews")).isOne();
		assertThatExceptionOfType(WriteException.class).isThrownBy(() -> reviewers.destroy(Where.eq("name", "ann")))
			.withMessageStartingWith("Cannot destroy the Reviewer rows matching ")
			.withMessageEndingWith(": Review rows still reference it and Reviewer.drafts (belongsToMany Draft) with "
					+ "onDelete RESTRICT refuses the delete. Destroy or unlink those rows first.");
		assertThat(count(db, "SELECT COUNT(*) FROM reviewers")).isOne();
		assertThat(count(db, "SELECT COUNT(*) FROM reviews")).isOne();
		assertThat(associations.<Review, Long>repository(Review.class).count(Find.all())).isOne();
	}

}
