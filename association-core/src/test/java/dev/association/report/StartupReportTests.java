package dev.association.report;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.association.Associations;
import dev.association.dialect.Dialects;
import dev.association.metadata.Metamodel;
import dev.association.report.MermaidDiagramTests.Author;
import dev.association.report.MermaidDiagramTests.Biography;
import dev.association.report.MermaidDiagramTests.Book;
import dev.association.report.MermaidDiagramTests.Contract;
import dev.association.report.MermaidDiagramTests.Genre;
import dev.association.report.MermaidDiagramTests.Publisher;
import dev.association.schema.SchemaChecks;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class StartupReportTests {

	private static final List<Class<?>> MODELS = List.of(Author.class, Biography.class, Book.class, Genre.class,
			Publisher.class, Contract.class);

	private static final String REPORT = """
			association engine on h2: 6 models, 1 join table by name, 10 associations
			  Author (authors): biography hasOne Biography, books hasMany Book, publishers belongsToMany Publisher through Contract
			  Biography (biographies): author belongsTo Author
			  Book (books): author belongsTo Author, sequels hasMany Book, prequel belongsTo Book, genres belongsToMany Genre through book_genres, publisher belongsTo Publisher
			  Genre (genres): books belongsToMany Book through book_genres
			  Publisher (publishers): no associations
			  Contract (contracts): no associations
			  book_genres: join table
			  associations without an inverse: Author.publishers (belongsToMany Publisher), Book.publisher (belongsTo Publisher)""";

	@Test
	void buildingAnEngineLogsOneInfoBlockWithTheModelsTheirAssociationsAndTheOneSidedOnes() {
		List<ILoggingEvent> events = capture(() -> engine(true));
		assertThat(events).extracting(ILoggingEvent::getLevel).containsOnly(Level.INFO);
		assertThat(events).extracting(ILoggingEvent::getFormattedMessage).containsExactly(REPORT);
		assertThat(events).extracting(ILoggingEvent::getLoggerName).containsExactly("dev.association.startup");
	}

	@Test
	void anEngineBuiltWithoutTheReportLogsNothingAtInfo() {
		assertThat(capture(() -> engine(false))).isEmpty();
	}

	@Test
	void aValidatedSchemaAddsWhatValidationChecked() {
		Metamodel metamodel = Metamodel.of(MODELS);
		assertThat(StartupReport.render(metamodel, "h2", SchemaChecks.of(metamodel))).isEqualTo(REPORT + "\n"
				+ "  schema validated: 7 tables (2 join tables), 20 columns, 8 foreign-key columns");
	}

	private static void engine(boolean report) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:startup-report");
		Associations.builder()
			.dataSource(dataSource)
			.dialect(Dialects.named("h2"))
			.models(MODELS.toArray(Class<?>[]::new))
			.startupReport(report)
			.build();
	}

	/**
	 * Everything the library logs at INFO and above while the action runs.
	 */
	private static List<ILoggingEvent> capture(Runnable action) {
		Logger root = (Logger) LoggerFactory.getLogger("dev.association");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level previous = root.getLevel();
		root.setLevel(Level.INFO);
		root.addAppender(appender);
		try {
			action.run();
		}
		finally {
			root.detachAppender(appender);
			root.setLevel(previous);
		}
		return appender.list.stream().filter((event) -> event.getLevel().isGreaterOrEqual(Level.INFO)).toList();
	}

}
