package dev.association.execution;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import dev.association.testing.TestDatabase;
import dev.association.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds take their connection without {@link JdbcTemplate}'s connection proxy, and still give every statement the
 * settings the engine's {@code JdbcTemplate} would: its fetch size and query timeout, or what remains of the
 * transaction's timeout.
 */
class StatementSettingsTests {

	private final TestDatabase db = TestDatabases.get("h2").reset();

	/** The settings each prepared statement received, in order. */
	private final List<Map<String, Object>> settings = new CopyOnWriteArrayList<>();

	private final DataSource recording = new DelegatingDataSource(this.db.dataSource()) {

		@Override
		public Connection getConnection() throws SQLException {
			return recordingConnection(super.getConnection());
		}

	};

	@Test
	void aFindsStatementsGetTheTemplatesFetchSizeAndQueryTimeout() {
		JdbcTemplate template = new JdbcTemplate(this.recording);
		template.setFetchSize(50);
		template.setQueryTimeout(7);
		AssociationRepository<User, Long> users = engine(template).repository(User.class);
		this.settings.clear();
		users.findAll(Find.all().include("posts"));
		assertThat(this.settings).hasSize(2)
			.allSatisfy((statement) -> assertThat(statement).containsEntry("setFetchSize", 50)
				.containsEntry("setQueryTimeout", 7));
	}

	@Test
	void aFindInATransactionWithATimeoutGetsWhatRemainsOfIt() {
		JdbcTemplate template = new JdbcTemplate(this.recording);
		AssociationRepository<User, Long> users = engine(template).repository(User.class);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(this.recording));
		transaction.setTimeout(30);
		this.settings.clear();
		transaction.executeWithoutResult((status) -> users.findAll(Find.all().include("posts")));
		assertThat(this.settings).hasSize(2).allSatisfy((statement) -> assertThat(statement)
			.hasEntrySatisfying("setQueryTimeout", (seconds) -> assertThat((Integer) seconds).isBetween(1, 30)));
	}

	private Associations engine(JdbcTemplate template) {
		Associations associations = Associations.builder()
			.jdbcOperations(template)
			.models(Seeds.MODELS.toArray(Class[]::new))
			.build();
		associations.schema().create();
		template.update("INSERT INTO users (id, username, email, active) VALUES (1, 'alice', 'a@example.com', TRUE)");
		return associations;
	}

	private Connection recordingConnection(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					Object result = invoke(method, connection, args);
					return (result instanceof PreparedStatement statement) ? recordingStatement(statement) : result;
				});
	}

	private PreparedStatement recordingStatement(PreparedStatement statement) {
		Map<String, Object> received = new ConcurrentHashMap<>();
		this.settings.add(received);
		return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
					if (method.getName().equals("setFetchSize") || method.getName().equals("setQueryTimeout")) {
						received.put(method.getName(), args[0]);
					}
					return invoke(method, statement, args);
				});
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
