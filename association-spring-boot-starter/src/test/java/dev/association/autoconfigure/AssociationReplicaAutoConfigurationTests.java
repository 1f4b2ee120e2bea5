package dev.association.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.Associations;
import dev.association.autoconfigure.domain.DomainConfiguration;
import dev.association.engine.Engine;
import dev.association.repository.domain.Author;
import dev.association.testing.TestClusters;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code association.replica.*} and {@code association.write.retries}, against the PostgreSQL primary (5434) and
 * its streaming replica (5435) that {@code .ci/clusters.sh} starts; the tests that need them are skipped unless
 * {@code ASSOCIATION_CLUSTERS=true} ({@code .ci/run} sets it), and fail when they are expected but down.
 */
class AssociationReplicaAutoConfigurationTests {

	private static final String PRIMARY = env("ASSOCIATION_REPLICA_PRIMARY_URL", "jdbc:postgresql://127.0.0.1:5434/test");

	private static final String REPLICA = env("ASSOCIATION_REPLICA_URL", "jdbc:postgresql://127.0.0.1:5435/test");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AssociationReplicaAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class,
				AssociationAutoConfiguration.class))
		.withUserConfiguration(DomainConfiguration.class);

	@Test
	void withoutAReplicaTheDataSourceAndTheEngineAreTheSingleServerOnes() {
		this.contextRunner.withPropertyValues("association.write.retries=5").run((context) -> {
			assertThat(context).doesNotHaveBean(ReplicaRoutingPostProcessor.class);
			assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
			assertThat(Engine.of(context.getBean(Associations.class)).context().readOnlyFinds()).isFalse();
			assertThat(Engine.of(context.getBean(Associations.class)).context().writeRetries()).isEqualTo(5);
		});
	}

	@Test
	void readOnlyTransactionsAndTheEnginesFindsReadFromTheReplicaAndWritesGoToThePrimary() {
		assumeClusters();
		this.contextRunner.withPropertyValues(primary())
			.withPropertyValues("association.replica.url=" + REPLICA, "association.replica.hikari.maximum-pool-size=3",
					"association.schema.mode=create")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DataSource.class)).isInstanceOf(LazyConnectionDataSourceProxy.class);
				HikariDataSource replicaPool = context.getBean(ReplicaRoutingPostProcessor.class).replicaPool();
				assertThat(replicaPool.getMaximumPoolSize()).isEqualTo(3);
				assertThat(replicaPool.getPoolName()).isEqualTo("association-replica");
				Associations associations = context.getBean(Associations.class);
				assertThat(Engine.of(associations).context().readOnlyFinds()).isTrue();
				assertThat(inRecovery(context.getBean(PlatformTransactionManager.class),
						context.getBean(JdbcTemplate.class), true)).isTrue();
				assertThat(inRecovery(context.getBean(PlatformTransactionManager.class),
						context.getBean(JdbcTemplate.class), false)).isFalse();
				assertThat(associations.<Author, Long>repository(Author.class).count()).isGreaterThanOrEqualTo(0);
				assertThat(replicaPool.getHikariPoolMXBean().getTotalConnections()).isPositive();
			});
	}

	@Test
	void theApplicationsOwnRoutingDataSourceIsLeftAlone() {
		assumeClusters();
		HikariDataSource primary = new HikariDataSource();
		primary.setJdbcUrl(PRIMARY);
		primary.setUsername("postgres");
		LazyConnectionDataSourceProxy own = new LazyConnectionDataSourceProxy(primary);
		try {
			this.contextRunner.withBean(DataSource.class, () -> own)
				.withPropertyValues("association.replica.url=" + REPLICA)
				.run((context) -> {
					assertThat(context.getBean(DataSource.class)).isSameAs(own);
					assertThat(Engine.of(context.getBean(Associations.class)).context().readOnlyFinds()).isTrue();
					assertThat(context.getBean(ReplicaRoutingPostProcessor.class).replicaPool()).isNull();
				});
		}
		finally {
			primary.close();
		}
	}

	@Test
	void aReplicaThatIsDownFailsReadsNamingItOrFallsBackToThePrimary() {
		assumeClusters();
		String down = "jdbc:postgresql://127.0.0.1:5499/test";
		this.contextRunner.withPropertyValues(primary())
			.withPropertyValues("association.replica.url=" + down, "association.replica.hikari.connection-timeout=500")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThatExceptionOfType(DataAccessException.class)
					.isThrownBy(() -> inRecovery(context.getBean(PlatformTransactionManager.class),
							context.getBean(JdbcTemplate.class), true))
					.withMessageContaining("The read replica " + down + " gave no connection");
			});
		this.contextRunner.withPropertyValues(primary())
			.withPropertyValues("association.replica.url=" + down, "association.replica.hikari.connection-timeout=500",
					"association.replica.fallback=true")
			.run((context) -> assertThat(inRecovery(context.getBean(PlatformTransactionManager.class),
					context.getBean(JdbcTemplate.class), true)).isFalse());
	}

	private static Boolean inRecovery(PlatformTransactionManager transactions, JdbcTemplate jdbc, boolean readOnly) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(readOnly);
		return template.execute((status) -> jdbc.queryForObject("SELECT pg_is_in_recovery()", Boolean.class));
	}

	private static String[] primary() {
		return new String[] { "spring.datasource.url=" + PRIMARY, "spring.datasource.username=postgres",
				"spring.datasource.password=" };
	}

	private static void assumeClusters() {
		TestClusters.assumeExpected();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
