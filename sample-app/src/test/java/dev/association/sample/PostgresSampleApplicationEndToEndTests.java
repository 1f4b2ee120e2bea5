package dev.association.sample;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end tests with the {@code postgresql} profile, on an emptied PostgreSQL.
 */
@ActiveProfiles("postgresql")
class PostgresSampleApplicationEndToEndTests extends SampleApplicationEndToEndTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		EmptyDatabase.register("postgresql", registry);
	}

}
