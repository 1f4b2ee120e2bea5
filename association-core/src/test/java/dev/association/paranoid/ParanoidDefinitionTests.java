package dev.association.paranoid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.association.AssociationDefinitionException;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.dialect.Dialects;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.paranoid.ParanoidModels.Author;
import dev.association.paranoid.ParanoidModels.Shelf;
import dev.association.plan.FindShape;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.schema.JdbcSchema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParanoidDefinitionTests {

	private static final Metamodel MODELS = Metamodel.of(ParanoidModels.ALL);

	@Test
	void aParanoidModelWithoutDeletedAtIsAStartupErrorNamingTheModelAndItsAttributes() {
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> Metamodel.of(List.of(Undated.class)))
			.withMessage("Undated is paranoid (@Model(paranoid = true)) but has no attribute 'deletedAt' to "
					+ "soft-delete its rows with. Add a field 'Instant deletedAt' (or OffsetDateTime, LocalDateTime), "
					+ "or remove paranoid = true. Attributes of Undated: id, name.");
	}

	@Test
	void aDeletedAtOfAnotherTypeIsAStartupError() {
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> Metamodel.of(List.of(DatedByDay.class)))
			.withMessage("DatedByDay.deletedAt is LocalDate, but DatedByDay is paranoid (@Model(paranoid = true)): "
					+ "deletedAt must be an Instant, OffsetDateTime or LocalDateTime.");
	}

	@Test
	void aNotNullDeletedAtIsAStartupError() {
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> Metamodel.of(List.of(NeverDeleted.class)))
			.withMessageStartingWith("NeverDeleted.deletedAt is NOT NULL (@Column(nullable = false)), but "
					+ "NeverDeleted is paranoid");
	}

	@Test
	void theMetadataKnowsWhichModelsAreParanoid() {
		ModelMetadata author = MODELS.model(Author.class);
		assertThat(author.isParanoid()).isTrue();
		assertThat(author.deletedAt().column()).isEqualTo("deleted_at");
		assertThat(MODELS.model(Shelf.class).isParanoid()).isFalse();
		assertThat(MODELS.model(Shelf.class).deletedAt()).isNull();
		assertThat(Metamodel.of(List.of(Undated.Plain.class)).model(Undated.Plain.class).isParanoid())
			.as("a deletedAt alone does not make a model paranoid")
			.isFalse();
		assertThat(Author.class.getAnnotation(Model.class).paranoid()).isTrue();
	}

	@Test
	void theDeletedAtColumnIsNullableInTheDdl() {
		String ddl = new JdbcSchema(MODELS, Dialects.named("postgresql"), new JdbcTemplate()).ddl();
		assertThat(ddl).contains("\"deleted_at\" TIMESTAMP WITH TIME ZONE,")
			.doesNotContain("\"deleted_at\" TIMESTAMP WITH TIME ZONE NOT NULL");
	}

	@Test
	void theParanoidFlagsArePartOfTheFindShape() {
		ModelMetadata author = MODELS.model(Author.class);
		assertThat(FindShape.of(author, Find.all())).isEqualTo(FindShape.of(author, Find.all().paranoid(true)))
			.isNotEqualTo(FindShape.of(author, Find.all().paranoid(false)));
		assertThat(FindShape.of(author, Find.all().include("articles")))
			.isEqualTo(FindShape.of(author, Find.all().include(Include.of("articles"))))
			.isNotEqualTo(FindShape.of(author, Find.all().include(Include.of("articles").paranoid(false))));
	}

	@Model(table = "undated", paranoid = true)
	static class Undated {

		@Id
		Long id;

		String name;

		@Model(table = "plain")
		static class Plain {

			@Id
			Long id;

			Instant deletedAt;

		}

	}

	@Model(paranoid = true)
	static class DatedByDay {

		@Id
		Long id;

		LocalDate deletedAt;

	}

	@Model(paranoid = true)
	static class NeverDeleted {

		@Id
		Long id;

		@Column(nullable = false)
		Instant deletedAt;

	}

}
