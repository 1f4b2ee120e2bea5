package dev.association.engine;

import dev.association.AssociationDefinitionException;
import dev.association.Associations;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DialectChoiceTests {

	@Test
	void aDialectNamedOnTheBuilderWinsOverDetection() {
		assertThat(builder().dialect("postgres").build().dialect().name()).isEqualTo("postgresql");
		assertThat(builder().dialect(" MariaDB ").build().dialect().name()).isEqualTo("mariadb");
	}

	@Test
	void withoutANameTheDialectIsDetectedFromTheConnection() {
		assertThat(builder().build().dialect().name()).isEqualTo("h2");
	}

	@Test
	void anUnknownDialectNameFailsTheBuildWithTheNamesThatExist() {
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> builder().dialect("oracle").build())
			.withMessage("Unknown dialect 'oracle'. Dialects: h2, postgresql, mariadb, mysql.");
	}

	private static Associations.Builder builder() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:dialect-choice");
		return Associations.builder().dataSource(dataSource).models(Tag.class).startupReport(false);
	}

	@Model(table = "tags")
	static class Tag {

		@Id
		Long id;

	}

}
