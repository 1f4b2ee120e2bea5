package dev.association.sample;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end tests with the {@code mariadb} profile, on an emptied MariaDB.
 */
@ActiveProfiles("mariadb")
class MariaDbSampleApplicationEndToEndTests extends SampleApplicationEndToEndTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		EmptyDatabase.register("mariadb", registry);
	}

}
