package dev.association.sql;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.Dialect;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.dialect.H2Dialect;
import dev.association.dialect.MariaDbDialect;
import dev.association.dialect.PostgresDialect;
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

	private static final Dialect H2 = new H2Dialect();

	private static final Dialect POSTGRES = new PostgresDialect();

	private static final Dialect MARIADB = new MariaDbDialect();

	private static String root(Dialect dialect, Class<?> model, Find find) {
		return renderer(dialect).find(plan(model, find)).sql();
	}

	private static String count(Dialect dialect, Class<?> model, Find find) {
		return renderer(dialect).count(plan(model, find)).sql();
	}

	private static String level(Dialect dialect, Class<?> model, Find find, int keyCount) {
		LevelPlan level = plan(model, find).root().levels().get(0);
		return renderer(dialect).level(level).sql(dialect, keyCount);
	}

	private static FindPlan plan(Class<?> model, Find find) {
		ModelMetadata metadata = MODELS.model(model);
		return planner.plan(metadata, find);
	}

	private static SelectRenderer renderer(Dialect dialect) {
		return new SelectRenderer(dialect, new TableNames(MODELS, dialect));
	}

	@Test
	void print() {
		for (Dialect d : List.of(H2, POSTGRES, MARIADB)) {
			System.out.println("ROOT " + root(d, Book.class, Find.where(Where.eq("title", "t")).include("writer").include(Include.of("shelf").where(Where.eq("name", "n")))));
			System.out.println("KEY1 " + level(d, Shelf.class, Find.all().include("books"), 1));
			System.out.println("KEY2 " + level(d, Shelf.class, Find.all().include("books"), 2));
			System.out.println("WIN " + level(d, Shelf.class, Find.all().include(Include.of("books").order("title", Order.DESC).limit(3)), 2));
			System.out.println("EXISTS " + root(d, Shelf.class, Find.all().include(Include.of("books").where(Where.gt("pages", 100)))));
			System.out.println("JOINED " + root(d, Shelf.class, Find.all().include(Include.of("books").separate(false))));
			System.out.println("JOINEDLIM " + root(d, Shelf.class, Find.all().include(Include.of("books").separate(false)).order("name").limit(2).offset(1)));
			System.out.println("COUNT " + count(d, Shelf.class, Find.where(Where.like("name", "a%")).include(Include.of("books").where(Where.gt("pages", 100)))));
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
