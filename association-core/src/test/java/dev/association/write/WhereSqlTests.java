package dev.association.write;

import java.util.List;

import dev.association.Dialect;
import dev.association.QueryException;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Where;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WhereSqlTests {

	private final ModelMetadata users = Metamodel.of(Seeds.MODELS).model(User.class);

	@Test
	void rendersComparisonsJunctionsAndNegationWithBoundValues() {
		Condition condition = WhereSql.render(this.users, Where.and(Where.eq("username", "ann"),
				Where.or(Where.gt("id", 3), Where.isNull("email")), Where.not(Where.between("id", 10, 20))),
				Dialect.POSTGRESQL);
		assertThat(condition.sql()).isEqualTo(
				"(\"username\" = ? AND (\"id\" > ? OR \"email\" IS NULL) AND NOT (\"id\" BETWEEN ? AND ?))");
		assertThat(condition.parameters()).extracting(Parameter::value).containsExactly("ann", 3, 10, 20);
	}

	@Test
	void rendersInListsLikeAndTheDialectsCaseInsensitiveLike() {
		Condition condition = WhereSql.render(this.users, Where.and(Where.in("id", List.of(1L, 2L)),
				Where.notIn("id", List.of()), Where.like("email", "%@x"), Where.iLike("username", "A%")),
				Dialect.MARIADB);
		assertThat(condition.sql())
			.isEqualTo("(`id` IN (?, ?) AND 1 = 1 AND `email` LIKE ? AND LOWER(`username`) LIKE LOWER(?))");
		assertThat(condition.parameters()).extracting(Parameter::value).containsExactly(1L, 2L, "%@x", "A%");
	}

	@Test
	void anEmptyInListMatchesNothing() {
		assertThat(WhereSql.render(this.users, Where.in("id", List.of()), Dialect.H2).sql()).isEqualTo("1 = 0");
	}

	@Test
	void anIncludePathIsRefusedWithTheModelsAttributes() {
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> WhereSql.render(this.users, Where.eq("profile.bio", "x"), Dialect.H2))
			.withMessageStartingWith("destroy(Where) on User takes the model's own attributes, not 'profile.bio'. "
					+ "Attributes of User: id, username,");
	}

}
