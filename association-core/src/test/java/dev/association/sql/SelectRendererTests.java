package dev.association.sql;

import java.util.List;
import java.util.stream.LongStream;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.dialect.Dialects;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.FindPlan;
import dev.association.plan.LevelPlan;
import dev.association.plan.QueryPlanner;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of each main read statement, per dialect, rendered from small models without a database.
 */
class SelectRendererTests {

	private static final Metamodel MODELS = Metamodel.of(List.of(Shelf.class, Book.class, Writer.class));

	private static final QueryPlanner planner = new QueryPlanner();

	private static final SqlDialect H2 = Dialects.named("h2");

	private static final SqlDialect POSTGRES = Dialects.named("postgresql");

	private static final SqlDialect MARIADB = Dialects.named("mariadb");

	private static final List<SqlDialect> DIALECTS = List.of(H2, POSTGRES, MARIADB);

	private static String root(SqlDialect dialect, Class<?> model, Find find) {
		return renderer(dialect).find(plan(model, find)).sql();
	}

	private static String count(SqlDialect dialect, Class<?> model, Find find) {
		return renderer(dialect).count(plan(model, find)).sql();
	}

	private static String level(SqlDialect dialect, Class<?> model, Find find, int keyCount) {
		LevelPlan level = plan(model, find).root().levels().get(0);
		return renderer(dialect).level(level).sql(dialect, keyCount);
	}

	private static FindPlan plan(Class<?> model, Find find) {
		ModelMetadata metadata = MODELS.model(model);
		return planner.plan(metadata, find);
	}

	private static SelectRenderer renderer(SqlDialect dialect) {
		return new SelectRenderer(dialect, new TableNames(MODELS, dialect));
	}

	/**
	 * The statement in a dialect, from its PostgreSQL text: H2 upper-cases quoted names, MariaDB quotes with
	 * backticks.
	 */
	private static String in(SqlDialect dialect, String postgres) {
		if (dialect == MARIADB) {
			return postgres.replace('"', '`');
		}
		if (dialect == H2) {
			StringBuilder sql = new StringBuilder();
			String[] parts = postgres.split("\"", -1);
			for (int i = 0; i < parts.length; i++) {
				sql.append((i > 0) ? "\"" : "").append((i % 2 == 1) ? parts[i].toUpperCase() : parts[i]);
			}
			return sql.toString();
		}
		return postgres;
	}

	@Test
	void theRootStatementLeftJoinsOptionalToOneIncludesAndInnerJoinsRequiredOnesWithTheirConditionInOn() {
		Find find = Find.where(Where.eq("title", "t")).include("writer").include(Include.of("shelf")
			.where(Where.eq("name", "n")));
		String expected = "SELECT t0.\"id\" AS c1, t0.\"shelf_id\" AS c2, t0.\"writer_id\" AS c3, t0.\"title\" AS c4, "
				+ "t0.\"pages\" AS c5, t1.\"id\" AS c6, t1.\"name\" AS c7, t2.\"id\" AS c8, t2.\"name\" AS c9 "
				+ "FROM \"books\" t0 LEFT JOIN \"writers\" t1 ON t1.\"id\" = t0.\"writer_id\" "
				+ "INNER JOIN \"shelves\" t2 ON t2.\"id\" = t0.\"shelf_id\" AND t2.\"name\" = ? "
				+ "WHERE t0.\"title\" = ? ORDER BY t0.\"id\"";
		for (SqlDialect dialect : DIALECTS) {
			RenderedSelect select = renderer(dialect).find(plan(Book.class, find));
			assertThat(select.sql()).isEqualTo(in(dialect, expected));
			// the include's value (slot 1) is bound before the find's (slot 0): the order of the text
			assertThat(select.values()).extracting(BoundValue::value)
				.containsExactly(new ValueSlot(1), new ValueSlot(0));
		}
	}

	@Test
	void aLongInListBoundAsOneListParameterBindsTheSlotsOfItsValues() {
		List<Long> ids = LongStream.rangeClosed(1, POSTGRES.maxInListValues() + 1).boxed().toList();
		RenderedSelect select = renderer(POSTGRES)
			.find(plan(Shelf.class, Find.where(Where.and(Where.eq("name", "n"), Where.in("id", ids)))));
		assertThat(select.values()).extracting(BoundValue::value)
			.containsExactly(new ValueSlot(0), new ValueList(1, ids.size()));
	}

	@Test
	void aKeyedLevelTestsOneKeyWithAnEqualityAndSeveralWithAnArrayOrAnInList() {
		Find find = Find.all().include("books");
		String head = "SELECT t0.\"id\" AS c1, t0.\"shelf_id\" AS c2, t0.\"writer_id\" AS c3, t0.\"title\" AS c4, "
				+ "t0.\"pages\" AS c5, t0.\"shelf_id\" AS c6 FROM \"books\" t0 WHERE t0.\"shelf_id\"";
		String tail = " ORDER BY t0.\"id\"";
		for (SqlDialect dialect : DIALECTS) {
			assertThat(level(dialect, Shelf.class, find, 1)).isEqualTo(in(dialect, head + " = ?" + tail));
			assertThat(level(dialect, Shelf.class, find, 2))
				.isEqualTo(in(dialect, head + ((dialect == POSTGRES) ? " = ANY(?)" : " IN (?, ?)") + tail));
		}
		assertThat(level(MARIADB, Shelf.class, find, 3)).isEqualTo(in(MARIADB, head + " IN (?, ?, ?)" + tail));
	}

	@Test
	void aPerParentLimitNumbersTheRowsOfEachParentWithRowNumber() {
		Find find = Find.all().include(Include.of("books").order("title", Order.DESC).limit(3));
		for (SqlDialect dialect : DIALECTS) {
			String keys = (dialect == POSTGRES) ? " = ANY(?)" : " IN (?, ?)";
			assertThat(level(dialect, Shelf.class, find, 2)).isEqualTo(in(dialect, "SELECT * FROM (SELECT "
					+ "t0.\"id\" AS c1, t0.\"shelf_id\" AS c2, t0.\"writer_id\" AS c3, t0.\"title\" AS c4, "
					+ "t0.\"pages\" AS c5, t0.\"shelf_id\" AS c6, ROW_NUMBER() OVER (PARTITION BY t0.\"shelf_id\" "
					+ "ORDER BY t0.\"title\" DESC, t0.\"id\") AS rn FROM \"books\" t0 WHERE t0.\"shelf_id\"" + keys
					+ ") x WHERE x.rn <= ? ORDER BY x.c6, x.c4 DESC, x.c1"));
		}
	}

	@Test
	void aRequiredToManyIncludeIsAnExistsSemiJoinOfTheRoots() {
		Find find = Find.all().include(Include.of("books").where(Where.gt("pages", 100)));
		for (SqlDialect dialect : DIALECTS) {
			assertThat(root(dialect, Shelf.class, find)).isEqualTo(in(dialect, "SELECT t0.\"id\" AS c1, "
					+ "t0.\"name\" AS c2 FROM \"shelves\" t0 WHERE EXISTS (SELECT 1 FROM \"books\" e1_0 "
					+ "WHERE e1_0.\"shelf_id\" = t0.\"id\" AND e1_0.\"pages\" > ?) ORDER BY t0.\"id\""));
		}
	}

	@Test
	void separateFalseJoinsTheLevelIntoTheRootStatement() {
		Find find = Find.all().include(Include.of("books").separate(false));
		for (SqlDialect dialect : DIALECTS) {
			assertThat(root(dialect, Shelf.class, find)).isEqualTo(in(dialect, "SELECT t0.\"id\" AS c1, "
					+ "t0.\"name\" AS c2, t1.\"id\" AS c3, t1.\"shelf_id\" AS c4, t1.\"writer_id\" AS c5, "
					+ "t1.\"title\" AS c6, t1.\"pages\" AS c7 FROM \"shelves\" t0 LEFT JOIN \"books\" t1 "
					+ "ON t1.\"shelf_id\" = t0.\"id\" ORDER BY t0.\"id\", t1.\"id\""));
		}
	}

	@Test
	void separateFalseWithATopLevelLimitLimitsADerivedTableOfTheRoots() {
		Find find = Find.all().include(Include.of("books").separate(false)).order("name").limit(2).offset(1);
		for (SqlDialect dialect : DIALECTS) {
			RenderedSelect select = renderer(dialect).find(plan(Shelf.class, find));
			assertThat(select.sql()).isEqualTo(in(dialect, "SELECT x.c1 AS c1, x.c2 AS c2, t1.\"id\" AS c3, "
					+ "t1.\"shelf_id\" AS c4, t1.\"writer_id\" AS c5, t1.\"title\" AS c6, t1.\"pages\" AS c7 "
					+ "FROM (SELECT t0.\"id\" AS c1, t0.\"name\" AS c2, t0.\"name\" AS o1 FROM \"shelves\" t0 "
					+ "ORDER BY t0.\"name\" ASC, t0.\"id\" LIMIT ? OFFSET ?) x LEFT JOIN \"books\" t1 "
					+ "ON t1.\"shelf_id\" = x.c1 ORDER BY x.o1 ASC, x.c1, t1.\"id\""));
			assertThat(select.values()).extracting(BoundValue::value)
				.containsExactly(new ValueSlot(0), new ValueSlot(1));
		}
	}

	@Test
	void aCountCountsTheRootsWithTheirConditionAndRequiredIncludesOnly() {
		Find find = Find.where(Where.like("name", "a%")).include("books.writer")
			.include(Include.of("books").where(Where.gt("pages", 100))).limit(5);
		for (SqlDialect dialect : DIALECTS) {
			assertThat(count(dialect, Shelf.class, find)).isEqualTo(in(dialect, "SELECT COUNT(*) FROM \"shelves\" "
					+ "t0 WHERE t0.\"name\" LIKE ? AND EXISTS (SELECT 1 FROM \"books\" e1_0 "
					+ "WHERE e1_0.\"shelf_id\" = t0.\"id\" AND e1_0.\"pages\" > ?)"));
		}
	}

	/** A shelf of books. */
	@Model
	static class Shelf {

		@Id Long id;

		String name;

		List<Book> books;

		static void associate(AssociationRegistry registry) {
			registry.model(Shelf.class).hasMany(Book.class, (a) -> a.as("books"));
		}

	}

	/** A book on a shelf, by a writer. */
	@Model
	static class Book {

		@Id Long id;

		Long shelfId;

		Long writerId;

		String title;

		int pages;

		Shelf shelf;

		Writer writer;

		static void associate(AssociationRegistry registry) {
			registry.model(Book.class)
				.belongsTo(Shelf.class, (a) -> a.as("shelf"))
				.belongsTo(Writer.class, (a) -> a.as("writer"));
		}

	}

	/** A writer. */
	@Model
	static class Writer {

		@Id Long id;

		String name;

	}

}
