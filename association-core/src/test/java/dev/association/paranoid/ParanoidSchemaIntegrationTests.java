package dev.association.paranoid;

import dev.association.Associations;
import dev.association.SchemaValidationException;
import dev.association.paranoid.ParanoidModels.Bio;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParanoidSchemaIntegrationTests {

	private static Associations create(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder().dataSource(db.dataSource()).models(Bio.class).build();
		associations.schema().create();
		return associations;
	}

	@AllDatabases
	void theDeletedAtColumnIsCreatedNullableAndValidates(TestDatabase db) {
		Associations associations = create(db);
		db.jdbc().update("INSERT INTO bios (text) VALUES ('no deletedAt')");
		associations.schema().validate();
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM bios WHERE deleted_at IS NULL", Long.class))
			.isEqualTo(1);
	}

	@AllDatabases
	void validateReportsADeletedAtColumnThatRefusesNull(TestDatabase db) {
		Associations associations = create(db);
		db.jdbc().execute(db.name().equals("mariadb") ? "ALTER TABLE bios MODIFY deleted_at DATETIME(6) NOT NULL"
				: "ALTER TABLE bios ALTER COLUMN deleted_at SET NOT NULL");
		assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> associations.schema().validate())
			.withMessageContaining("column 'bios.deleted_at' (Bio.deletedAt) is NOT NULL, but Bio is paranoid: it "
					+ "must accept NULL, the value of every row not soft-deleted");
	}

	@AllDatabases
	void validateReportsAMissingDeletedAtColumn(TestDatabase db) {
		Associations associations = create(db);
		db.jdbc().execute("ALTER TABLE bios DROP COLUMN deleted_at");
		assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> associations.schema().validate())
			.withMessageContaining("column 'bios.deleted_at' (Bio.deletedAt) is missing");
	}

}
