package dev.association.sample;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.testing.TestDatabase;
import dev.association.testing.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the app at one of the test harness's databases (loopback server or Testcontainers), emptied first so that
 * Flyway starts from nothing.
 */
final class EmptyDatabase {

	private EmptyDatabase() {
	}

	static void register(String name, DynamicPropertyRegistry registry) {
		TestDatabase database = TestDatabases.get(name).reset();
		HikariDataSource dataSource = (HikariDataSource) database.rawDataSource();
		registry.add("spring.datasource.url", dataSource::getJdbcUrl);
		registry.add("spring.datasource.username", dataSource::getUsername);
		registry.add("spring.datasource.password", dataSource::getPassword);
	}

}
