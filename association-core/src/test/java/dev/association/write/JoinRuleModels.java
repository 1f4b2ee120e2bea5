package dev.association.write;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Pairs of belongsToMany whose two sides choose different ON DELETE/ON UPDATE rules: an assignee's side refuses
 * (RESTRICT), a task's side cascades; through a table by name ({@code assignments}) and through a join model
 * ({@link Review}).
 */
final class JoinRuleModels {

	/** The pair through a join table by name. */
	static final List<Class<?>> BY_NAME = List.of(Assignee.class, Task.class);

	/** The pair through a join model. */
	static final List<Class<?>> BY_MODEL = List.of(Draft.class, Reviewer.class, Review.class);

	private JoinRuleModels() {
	}

	@Model(table = "assignees")
	static class Assignee {

		@Id Long id;

		String name;

		Assignee() {
		}

		Assignee(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Assignee.class)
				.belongsToMany(Task.class, (a) -> a.as("tasks").through("assignments")
					.onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.RESTRICT));
		}

	}

	@Model(table = "tasks")
	static class Task {

		@Id Long id;

		String title;

		Task() {
		}

		Task(String title) {
			this.title = title;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Task.class)
				.belongsToMany(Assignee.class, (a) -> a.as("assignees").through("assignments")
					.onDelete(ReferentialAction.CASCADE));
		}

	}

	@Model(table = "reviewers")
	static class Reviewer {

		@Id Long id;

		String name;

		Reviewer() {
		}

		Reviewer(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Reviewer.class)
				.belongsToMany(Draft.class, (a) -> a.as("drafts").through(Review.class)
					.onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.RESTRICT));
		}

	}

	@Model(table = "drafts")
	static class Draft {

		@Id Long id;

		String title;

		Draft() {
		}

		Draft(String title) {
			this.title = title;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Draft.class)
				.belongsToMany(Reviewer.class, (a) -> a.as("reviewers").through(Review.class)
					.onDelete(ReferentialAction.CASCADE));
		}

	}

	@Model(table = "reviews")
	static class Review {

		@Id Long id;

		Long reviewerId;

		Long draftId;

		String verdict = "pending";

	}

}
