package dev.association.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.association.Associations;
import dev.association.dialect.Dialects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in Flyway migrations are the DDL the engine generates for the sample's models, per database: they
 * never drift. After changing a model, regenerate them with
 * {@code mvn -pl sample-app -am test -Dtest=SchemaMigrationTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dassociation.migrations.write=true}.
 */
class SchemaMigrationTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql", "mariadb" })
	void checkedInMigrationIsTheGeneratedDdl(String vendor) throws IOException {
		String ddl = ddl(vendor);
		Path migration = MIGRATIONS.resolve(vendor).resolve("V1__schema.sql");
		if (Boolean.getBoolean("association.migrations.write")) {
			Files.writeString(migration, ddl, StandardCharsets.UTF_8);
		}
		assertThat(migration).as("regenerate with -Dassociation.migrations.write=true").hasContent(ddl);
	}

	private static String ddl(String vendor) {
		Associations associations = Associations.builder()
			.dataSource(new DriverManagerDataSource("jdbc:unused:" + vendor))
			.dialect(Dialects.named(vendor))
			.modelPackages("dev.association.sample.model")
			.build();
		return associations.schema().ddl();
	}

}
