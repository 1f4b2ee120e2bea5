package dev.association;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.engine.Engine;
import dev.association.testing.TestDatabase;
import dev.association.testing.TestDatabases;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The names a model declares, tried with the hostile strings of {@link HostileIdentifiersIntegrationTests}: every
 * option of {@link AssociationOptions} that names an attribute or a table, and {@code @Model(table)} and
 * {@code @Column(name)}, refuse them when the engine is built, with an {@link AssociationDefinitionException}
 * naming the model, before any statement runs.
 */
class HostileDefinitionsIntegrationTests {

	static Stream<Arguments> databasesAndHostileNames() {
		return HostileIdentifiersIntegrationTests.databasesAndHostileNames();
	}

	@AfterEach
	void forgetDefinitions() {
		Author.definitions = (registry) -> {
		};
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("databasesAndHostileNames")
	void aHostileNameIsRefusedAtEveryDefinitionOptionBeforeAnyStatementRuns(TestDatabase db, String label,
			String hostile) {
		SoftAssertions softly = new SoftAssertions();
		String shown = HostileIdentifiersIntegrationTests.printable(hostile);
		for (DefinitionOption option : DefinitionOption.ALL) {
			Author.definitions = (registry) -> option.define().accept(registry, hostile);
			db.statements().reset();
			softly.assertThatThrownBy(() -> build(db))
				.as("%s with a %s", option.name(), label)
				.isInstanceOf(AssociationDefinitionException.class)
				.hasMessageStartingWith(option.messageStart().replace("<name>", shown))
				.hasMessageContaining(option.messageListing());
			softly.assertThat(db.statements().statements()).as("statements run for %s with a %s", option.name(), label)
				.isEmpty();
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "[{0}]")
	@MethodSource("dev.association.testing.TestDatabases#all")
	void everyDefinitionOptionBuildsWithANameThatExists(TestDatabase db) {
		for (DefinitionOption option : DefinitionOption.ALL) {
			Author.definitions = (registry) -> option.define().accept(registry, option.valid());
			assertThat(Engine.of(build(db)).metamodel().model(Author.class).associations()).as(option.name()).hasSize(1);
		}
	}

	static Stream<Arguments> tablesAndColumns() {
		return TestDatabases.all()
			.flatMap((db) -> Stream.of(
					Arguments.of(db, QuotedTable.class, "QuotedTable maps to the table (@Model(table)) 'users\"; DROP TABLE "
							+ "users; --', which is not a plain identifier (character '\"' (U+0022) at index 5)."),
					Arguments.of(db, KatakanaTable.class, "KatakanaTable maps to the table (@Model(table)) 'ユーザー', which "
							+ "is not a plain identifier (character 'ユ' (U+30E6) at index 0)."),
					Arguments.of(db, CommentColumn.class, "CommentColumn.name maps to the column (@Column(name)) "
							+ "'name/* */', which is not a plain identifier (character '/' (U+002F) at index 4)."),
					Arguments.of(db, BacktickColumn.class, "BacktickColumn.name maps to the column (@Column(name)) "
							+ "'na`me', which is not a plain identifier (character '`' (U+0060) at index 2)."),
					Arguments.of(db, NulColumn.class, "NulColumn.name maps to the column (@Column(name)) 'name\\u0000', "
							+ "which is not a plain identifier (character U+0000 (NULL) at index 4)."),
					Arguments.of(db, RightToLeftColumn.class, "RightToLeftColumn.name maps to the column (@Column(name)) "
							+ "'\\u200Fname', which is not a plain identifier (character U+200F (RIGHT-TO-LEFT MARK) at "
							+ "index 0)."),
					Arguments.of(db, SemicolonColumn.class, "SemicolonColumn.name maps to the column (@Column(name)) "
							+ "'name; --', which is not a plain identifier (character ';' (U+003B) at index 4)."),
					Arguments.of(db, UnicodeField.class, "UnicodeField.名前 maps to the column (named after the field; "
							+ "set @Column(name = \"...\")) '名前', which is not a plain identifier (character '名' (U+540D) "
							+ "at index 0).")));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("tablesAndColumns")
	void aTableOrColumnNameThatIsNotAPlainIdentifierIsRefusedAtStartup(TestDatabase db, Class<?> model,
			String message) {
		db.statements().reset();
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> Associations.builder().dataSource(db.dataSource()).models(model).build())
			.withMessage(message + " Table and column names may hold only the letters A-Z and a-z, digits, '_' and "
					+ "'$', and start with a letter or '_'.");
		assertThat(db.statements().statements()).isEmpty();
	}

	private static Associations build(TestDatabase db) {
		return Associations.builder()
			.dataSource(db.dataSource())
			.models(Author.class, Book.class, Genre.class, AuthorGenre.class)
			.build();
	}

	/**
	 * One option that names an attribute or a table.
	 * @param name the option, for messages
	 * @param valid a name that exists
	 * @param messageStart how the refusal begins, {@code <name>} standing for the name
	 * @param messageListing what the refusal lists
	 * @param define the association defined with the name
	 */
	record DefinitionOption(String name, String valid, String messageStart, String messageListing,
			java.util.function.BiConsumer<AssociationRegistry, String> define) {

		private static final String BOOK_ATTRIBUTES = "Attributes of Book: id, authorId, title.";

		private static final String JOIN_ATTRIBUTES = "Attributes of AuthorGenre: authorId, genreId, since.";

		private static final String RULE = "which is not a plain identifier";

		static final List<DefinitionOption> ALL = List.of(
				new DefinitionOption("hasMany foreignKey", "authorId",
						"Book has no attribute '<name>' for the foreign key of Author.books (hasMany Book)",
						BOOK_ATTRIBUTES, (r, n) -> r.model(Author.class).hasMany(Book.class, (a) -> a.as("books").foreignKey(n))),
				new DefinitionOption("hasMany sourceKey", "id",
						"Author.books (hasMany Book): sourceKey '<name>' is not an attribute of Author",
						"Attributes of Author: id, name, mentorId.",
						(r, n) -> r.model(Author.class).hasMany(Book.class, (a) -> a.as("books").foreignKey("authorId").sourceKey(n))),
				new DefinitionOption("hasMany scope", "title",
						"Author.books (hasMany Book): scope attribute '<name>' is not an attribute of Book", BOOK_ATTRIBUTES,
						(r, n) -> r.model(Author.class).hasMany(Book.class, (a) -> a.as("books").scope(n, "x"))),
				new DefinitionOption("belongsTo foreignKey", "mentorId",
						"Author has no attribute '<name>' for the foreign key of Author.mentor (belongsTo Author)",
						"Attributes of Author: id, name, mentorId.",
						(r, n) -> r.model(Author.class).belongsTo(Author.class, (a) -> a.as("mentor").foreignKey(n)
							.constraints(false))),
				new DefinitionOption("belongsTo targetKey", "id",
						"Author.mentor (belongsTo Author): targetKey '<name>' is not an attribute of Author",
						"Attributes of Author: id, name, mentorId.", (r, n) -> r.model(Author.class)
							.belongsTo(Author.class, (a) -> a.as("mentor").foreignKey("mentorId").targetKey(n).constraints(false))),
				new DefinitionOption("through(table)", "author_genre_links",
						"Author.genres (belongsToMany Genre) goes through(...) the join table '<name>', " + RULE, "",
						(r, n) -> r.model(Author.class).belongsToMany(Genre.class, (a) -> a.as("genres").through(n))),
				new DefinitionOption("foreignKey of a through(table)", "authorId",
						"Author.genres (belongsToMany Genre): the join table 'author_genre_links' gets a column for its "
								+ "foreignKey '<name>', " + RULE, "",
						(r, n) -> r.model(Author.class).belongsToMany(Genre.class,
								(a) -> a.as("genres").through("author_genre_links").foreignKey(n))),
				new DefinitionOption("otherKey of a through(table)", "genreId",
						"Author.genres (belongsToMany Genre): the join table 'author_genre_links' gets a column for its "
								+ "otherKey '<name>', " + RULE, "",
						(r, n) -> r.model(Author.class).belongsToMany(Genre.class,
								(a) -> a.as("genres").through("author_genre_links").otherKey(n))),
				new DefinitionOption("foreignKey of a through(Model.class)", "authorId",
						"AuthorGenre has no attribute '<name>' for the foreign key of Author.genres (belongsToMany Genre)",
						JOIN_ATTRIBUTES, (r, n) -> r.model(Author.class).belongsToMany(Genre.class,
								(a) -> a.as("genres").through(AuthorGenre.class).foreignKey(n))),
				new DefinitionOption("otherKey of a through(Model.class)", "genreId",
						"AuthorGenre has no attribute '<name>' for the foreign key of Author.genres (belongsToMany Genre)",
						JOIN_ATTRIBUTES, (r, n) -> r.model(Author.class).belongsToMany(Genre.class,
								(a) -> a.as("genres").through(AuthorGenre.class).otherKey(n))),
				new DefinitionOption("throughScope", "since",
						"Author.genres (belongsToMany Genre): throughScope attribute '<name>' is not an attribute of "
								+ "AuthorGenre", JOIN_ATTRIBUTES, (r, n) -> r.model(Author.class).belongsToMany(Genre.class,
								(a) -> a.as("genres").through(AuthorGenre.class).throughScope(n, "2020"))));

	}

	@Model(table = "hostile_authors")
	static class Author {

		static Consumer<AssociationRegistry> definitions = (registry) -> {
		};

		@Id Long id;

		String name;

		Long mentorId;

		static void associate(AssociationRegistry registry) {
			definitions.accept(registry);
		}

	}

	@Model(table = "hostile_books")
	static class Book {

		@Id Long id;

		Long authorId;

		String title;

	}

	@Model(table = "hostile_genres")
	static class Genre {

		@Id Long id;

		String name;

	}

	@Model(table = "hostile_author_genres")
	static class AuthorGenre {

		Long authorId;

		Long genreId;

		String since;

	}

	@Model(table = "users\"; DROP TABLE users; --")
	static class QuotedTable {

		@Id Long id;

	}

	@Model(table = "ユーザー")
	static class KatakanaTable {

		@Id Long id;

	}

	@Model(table = "comment_columns")
	static class CommentColumn {

		@Column(name = "name/* */") String name;

	}

	@Model(table = "backtick_columns")
	static class BacktickColumn {

		@Column(name = "na`me") String name;

	}

	@Model(table = "nul_columns")
	static class NulColumn {

		@Column(name = "name\u0000") String name;

	}

	@Model(table = "rtl_columns")
	static class RightToLeftColumn {

		@Column(name = "\u200Fname") String name;

	}

	@Model(table = "semicolon_columns")
	static class SemicolonColumn {

		@Column(name = "name; --") String name;

	}

	@Model(table = "unicode_fields")
	static class UnicodeField {

		String 名前;

	}

}
