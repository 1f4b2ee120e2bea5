package dev.association.schema;

import java.util.List;

import dev.association.Associations;
import dev.association.SchemaValidationException;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.repository.OneAccessor;
import dev.association.schema.OtherSchemaModels.Draft;
import dev.association.schema.OtherSchemaModels.Essay;
import dev.association.schema.OtherSchemaModels.Topic;
import dev.association.schema.OtherSchemaModels.Writer;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;

import static dev.association.schema.OtherSchemaModels.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Models in two schemas ({@code @Model(schema = ...)}): the schema and its tables are created, validated and
 * dropped there, and every read and write reaches the right table although both schemas have a table
 * {@code essays}.
 */
class OtherSchemaIntegrationTests {

	private Associations associations;

	private Writer ada;

	private Writer bob;

	private Topic math;

	private Topic poetry;

	private Topic history;

	private static Associations engine(TestDatabase db) {
		db.reset();
		db.jdbc().execute(db.name().equals("mariadb") ? "DROP DATABASE IF EXISTS " + OTHER
				: "DROP SCHEMA IF EXISTS " + OTHER + " CASCADE");
		return Associations.builder()
			.dataSource(db.dataSource())
			.models(OtherSchemaModels.ALL.toArray(Class[]::new))
			.build();
	}

	private void seed(TestDatabase db) {
		this.associations = engine(db);
		this.associations.schema().create();
		this.ada = writers().create(new Writer("ada"));
		this.bob = writers().create(new Writer("bob"));
		List<Topic> topics = this.associations.<Topic, Long>repository(Topic.class)
			.bulkCreate(List.of(new Topic("math"), new Topic("poetry"), new Topic("history")));
		this.math = topics.get(0);
		this.poetry = topics.get(1);
		this.history = topics.get(2);
		writers().many(this.ada, "drafts").create(new Draft("draft of ada"));
		db.statements().reset();
	}

	private AssociationRepository<Writer, Long> writers() {
		return this.associations.repository(Writer.class);
	}

	private AssociationRepository<Essay, Long> essays() {
		return this.associations.repository(Essay.class);
	}

	private static long count(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForObject(sql, Long.class, args);
	}

	private static List<String> strings(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForList(sql, String.class, args);
	}

	private static long schemas(TestDatabase db) {
		return count(db, "SELECT COUNT(*) FROM information_schema.schemata WHERE UPPER(schema_name) = UPPER(?)", OTHER);
	}

	@AllDatabases
	void createMakesTheSchemaAndItsTablesWithConstraintsAcrossSchemasAndRunsAgainAsANoOp(TestDatabase db) {
		Associations associations = engine(db);
		associations.schema().create();
		assertThat(schemas(db)).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM " + OTHER + ".essays")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM " + OTHER + ".essay_topics")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM essays")).isZero();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> db.jdbc()
			.update("INSERT INTO " + OTHER + ".essays (writer_id, title, published) VALUES (999, 'x', FALSE)"));
		associations.schema().create();
		associations.schema().validate();
	}

	@AllDatabases
	void validateLooksTheTablesUpInTheirSchema(TestDatabase db) {
		Associations associations = engine(db);
		associations.schema().create();
		db.jdbc().execute("DROP TABLE " + OTHER + ".essay_topics");
		db.jdbc().execute("ALTER TABLE " + OTHER + ".essays DROP COLUMN published");
		assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> associations.schema().validate())
			.satisfies((ex) -> assertThat(ex.getMismatches()).containsExactlyInAnyOrder(
					"column '" + OTHER + ".essays.published' (Essay.published) is missing",
					"join table '" + OTHER + ".essay_topics' (essay_topics) is missing"));
	}

	@AllDatabases
	void dropDropsTheTablesOfBothSchemasButNotTheSchema(TestDatabase db) {
		Associations associations = engine(db);
		associations.schema().create();
		associations.schema().drop();
		assertThat(schemas(db)).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE UPPER(table_schema) = UPPER(?)",
				OTHER)).isZero();
		assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> associations.schema().validate())
			.satisfies((ex) -> assertThat(ex.getMismatches()).hasSize(5));
	}

	@AllDatabases
	void writesReachTheTablesOfTheOtherSchema(TestDatabase db) {
		seed(db);
		Essay first = essays().create(new Essay("first", true));
		List<Essay> more = essays().bulkCreate(List.of(new Essay("second", false), new Essay("third", true)));
		first.title = "first, revised";
		essays().update(first);
		assertThat(strings(db, "SELECT title FROM " + OTHER + ".essays ORDER BY id"))
			.containsExactly("first, revised", "second", "third");
		essays().destroy(more.get(0));
		assertThat(essays().destroy(Where.eq("title", "third"))).isEqualTo(1);
		assertThat(strings(db, "SELECT title FROM " + OTHER + ".essays")).containsExactly("first, revised");
		assertThat(strings(db, "SELECT title FROM essays")).containsExactly("draft of ada");
	}

	@AllDatabases
	void accessorsLinkRowsAcrossTheSchemas(TestDatabase db) {
		seed(db);
		Essay loose = essays().create(new Essay("loose", false));
		ManyAccessor<Essay> essaysOfAda = writers().many(this.ada, "essays");
		Essay odes = essaysOfAda.create(new Essay("odes", true));
		essaysOfAda.add(loose.id);
		assertThat(essaysOfAda.has(loose, odes)).isTrue();
		assertThat(essaysOfAda.count(Where.eq("published", true))).isEqualTo(1);
		essaysOfAda.remove(loose);
		essaysOfAda.set(List.of(odes));
		assertThat(essaysOfAda.get()).extracting((e) -> e.title).containsExactly("odes");
		OneAccessor<Writer> writerOfLoose = essays().one(loose, "writer");
		writerOfLoose.set(this.bob);
		assertThat(writerOfLoose.get()).map((w) -> w.name).contains("bob");
		writerOfLoose.create(new Writer("cleo"));
		assertThat(strings(db, "SELECT w.name FROM " + OTHER + ".essays e JOIN writers w ON w.id = e.writer_id "
				+ "WHERE e.id = ?", loose.id)).containsExactly("cleo");
		ManyAccessor<Topic> topicsOfOdes = essays().many(odes, "topics");
		topicsOfOdes.add(this.math, this.poetry.id);
		topicsOfOdes.add(this.math);
		topicsOfOdes.set(List.of(this.poetry, this.history));
		topicsOfOdes.remove(this.history.id);
		Topic love = topicsOfOdes.create(new Topic("love"));
		assertThat(topicsOfOdes.has(this.poetry, love)).isTrue();
		assertThat(topicsOfOdes.count()).isEqualTo(2);
		assertThat(count(db, "SELECT COUNT(*) FROM " + OTHER + ".essay_topics WHERE essay_id = ?", odes.id))
			.isEqualTo(2);
	}

	@AllDatabases
	void everyKindOfReadJoinsAcrossTheSchemas(TestDatabase db) {
		seed(db);
		ManyAccessor<Essay> essaysOfAda = writers().many(this.ada, "essays");
		Essay odes = essaysOfAda.create(new Essay("odes", true));
		essaysOfAda.create(new Essay("notes", false));
		writers().many(this.bob, "essays").create(new Essay("sketch", false));
		essays().many(odes, "topics").add(this.math, this.poetry);
		db.statements().reset();
		List<Writer> withLatest = writers().findAll(Find.all()
			.include(Include.of("essays").order("title", Order.DESC).limit(1), Include.of("drafts"))
			.order("name"));
		assertThat(withLatest).extracting((w) -> w.essays.get(0).title).containsExactly("odes", "sketch");
		assertThat(withLatest.get(0).drafts).extracting((d) -> d.title).containsExactly("draft of ada");
		assertThat(db.statements().count()).isEqualTo(3);
		List<Writer> published = writers().findAll(Find.all().include(Include.of("essays")
			.where(Where.eq("published", true))
			.include(Include.of("topics").separate(false).order("label"))));
		assertThat(published).singleElement().satisfies((w) -> {
			assertThat(w.name).isEqualTo("ada");
			assertThat(w.essays).singleElement()
				.satisfies((e) -> assertThat(e.topics).extracting((t) -> t.label).containsExactly("math", "poetry"));
		});
		List<Essay> joined = essays().findAll(Find.all()
			.include(Include.of("writer"), Include.of("topics"))
			.order("title"));
		assertThat(joined).extracting((e) -> e.title + " by " + e.writer.name + " " + e.topics.size())
			.containsExactly("notes by ada 0", "odes by ada 2", "sketch by bob 0");
		assertThat(writers().findAll(Find.all().include(Include.of("essays").separate(false)).order("name")))
			.extracting((w) -> w.essays.size()).containsExactly(2, 1);
		assertThat(essays().count(Find.all().include(Include.of("topics").required(true)))).isEqualTo(1);
	}

}
