package dev.association.query;

import java.util.List;
import java.util.stream.LongStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.association.Associations;
import dev.association.QueryException;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WhereIntegrationTests {

	@AllDatabases
	void everyOperatorSelectsTheRowsItDescribes(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 20);
		assertThat(ids(fixture, Where.eq("username", "user00005"))).containsExactly(5L);
		assertThat(ids(fixture, Where.ne("active", true))).containsExactly(5L, 10L, 15L, 20L);
		assertThat(ids(fixture, Where.gt("id", 17))).containsExactly(18L, 19L, 20L);
		assertThat(ids(fixture, Where.gte("id", 18L))).containsExactly(18L, 19L, 20L);
		assertThat(ids(fixture, Where.lt("id", 3))).containsExactly(1L, 2L);
		assertThat(ids(fixture, Where.lte("id", 2))).containsExactly(1L, 2L);
		assertThat(ids(fixture, Where.in("id", 3L, 1L))).containsExactly(1L, 3L);
		assertThat(ids(fixture, Where.in("id", List.of()))).isEmpty();
		assertThat(ids(fixture, Where.notIn("id", List.of()))).hasSize(20);
		assertThat(ids(fixture, Where.notIn("id", LongStream.rangeClosed(1, 18).boxed().toList())))
			.containsExactly(19L, 20L);
		assertThat(ids(fixture, Where.like("username", "%0001_"))).containsExactlyElementsOf(range(10, 19));
		assertThat(ids(fixture, Where.iLike("username", "USER0000_"))).containsExactlyElementsOf(range(1, 9));
		assertThat(ids(fixture, Where.isNull("email"))).isEmpty();
		assertThat(ids(fixture, Where.notNull("email"))).hasSize(20);
		assertThat(ids(fixture, Where.isNull("profilePictureId"))).hasSize(20);
		assertThat(ids(fixture, Where.eq("profilePictureId", null))).hasSize(20);
		assertThat(ids(fixture, Where.between("id", 4, 6L))).containsExactly(4L, 5L, 6L);
		assertThat(ids(fixture, Where.and(Where.eq("active", true), Where.or(Where.lt("id", 3), Where.gt("id", 18)),
				Where.not(Where.eq("id", 19))))).containsExactly(1L, 2L);
		assertThat(ids(fixture, Where.or())).isEmpty();
		assertThat(ids(fixture, Where.and())).hasSize(20);
		assertThat(db.statements().count()).isEqualTo(20);
	}

	@AllDatabases
	void anEmptyILikePatternMatchesOnlyEmptyStringsAlsoInsideDerivedTables(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 4);
		Where emptyOrFirst = Where.or(Where.iLike("username", ""), Where.eq("id", 1));
		List<User> users = fixture.repository(User.class)
			.findAll(Find.where(emptyOrFirst)
				.include(Include.of("posts").where(Where.iLike("title", "")).required(false).limit(1))
				.include(Include.of("roles").separate(false))
				.offset(0));
		assertThat(users).extracting((u) -> u.id).containsExactly(1L);
		assertThat(users.get(0).posts).isEmpty();
		assertThat(users.get(0).roles).isEmpty();
	}

	@AllDatabases
	void aValueOfTheWrongTypeIsRefusedBeforeAnySqlRuns(TestDatabase db) {
		BlogFixture fixture = BlogFixture.create(db, 2);
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> fixture.repository(User.class).findAll(Find.where(Where.eq("id", "1"))))
			.withMessage("User.id is Long (LONG); the value '1' (String) does not fit it.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> fixture.repository(User.class).findAll(Find.where(Where.eq("id; DROP TABLE users", 1))))
			.withMessageStartingWith("User has no attribute 'id; DROP TABLE users'. Attributes of User: id, username");
		assertThat(db.statements().count()).isZero();
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM users", Long.class)).isEqualTo(2);
	}

	@AllDatabases
	void sqlLoggingLogsEveryStatementWithItsBoundValuesRowsAndTimeAndSumsUpTheFind(TestDatabase db) {
		BlogFixture.create(db, 3);
		Associations logging = Associations.builder()
			.dataSource(db.dataSource())
			.models(Seeds.MODELS.toArray(Class[]::new))
			.sqlLogging(true)
			.build();
		Logger logger = (Logger) LoggerFactory.getLogger("dev.association.sql");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		logger.setAdditive(false);
		logger.addAppender(appender);
		try {
			logging.<User, Long>repository(User.class)
				.findAll(Find.where(Where.gt("id", 1)).include("posts").limit(5));
		}
		finally {
			logger.detachAppender(appender);
			logger.setAdditive(true);
			logger.setLevel(level);
		}
		assertThat(appender.list).hasSize(3);
		assertThat(appender.list.get(0).getFormattedMessage()).startsWith("SELECT ")
			.matches(".* \\[2 bound values\\] \\d+ rows in \\d+\\.\\d{3} ms");
		assertThat(appender.list.get(1).getFormattedMessage()).containsIgnoringCase("posts")
			.matches("(?s).* \\[2 bound values\\] \\d+ rows in \\d+\\.\\d{3} ms");
		assertThat(appender.list.get(2).getFormattedMessage())
			.matches("find User: 2 statements, \\d+ rows in \\d+\\.\\d{3} ms");
	}

	private static List<Long> ids(BlogFixture fixture, Where where) {
		return fixture.repository(User.class).findAll(Find.where(where).attributes("id")).stream().map((u) -> u.id).toList();
	}

	private static List<Long> range(long from, long to) {
		return LongStream.rangeClosed(from, to).boxed().toList();
	}

}
