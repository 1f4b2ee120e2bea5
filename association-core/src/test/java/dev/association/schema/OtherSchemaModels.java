package dev.association.schema;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Models spanning two schemas: writers, their drafts and topics in the connection's current schema; essays, and
 * the join table {@code essay_topics} their belongsToMany defines, in {@value #OTHER}. Drafts and essays are both
 * tables named {@code essays}, with the same columns, so that a statement or a lookup that ignored the schema would
 * find the wrong one (and their constraint and index names are the same, each in its own schema).
 */
final class OtherSchemaModels {

	/** The second schema: a PostgreSQL or H2 schema, a MariaDB database. */
	static final String OTHER = "association_other";

	/** Every model here. */
	static final List<Class<?>> ALL = List.of(Writer.class, Draft.class, Essay.class, Topic.class);

	private OtherSchemaModels() {
	}

	@Model(table = "writers")
	static class Writer {

		@Id Long id;

		String name;

		List<Essay> essays;

		List<Draft> drafts;

		Writer() {
		}

		Writer(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Writer.class)
				.hasMany(Essay.class, (a) -> a.as("essays"))
				.hasMany(Draft.class, (a) -> a.as("drafts"));
		}

	}

	@Model(table = "essays")
	static class Draft {

		@Id Long id;

		Long writerId;

		String title;

		boolean published;

		Draft() {
		}

		Draft(String title) {
			this.title = title;
		}

	}

	@Model(schema = OTHER, table = "essays")
	static class Essay {

		@Id Long id;

		Long writerId;

		String title;

		boolean published;

		Writer writer;

		List<Topic> topics;

		Essay() {
		}

		Essay(String title, boolean published) {
			this.title = title;
			this.published = published;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Essay.class)
				.belongsTo(Writer.class, (a) -> a.as("writer"))
				.belongsToMany(Topic.class, (a) -> a.as("topics").through("essay_topics"));
		}

	}

	@Model(table = "topics")
	static class Topic {

		@Id Long id;

		String label;

		Topic() {
		}

		Topic(String label) {
			this.label = label;
		}

	}

}
