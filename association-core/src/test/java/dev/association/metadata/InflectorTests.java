package dev.association.metadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InflectorTests {

	@ParameterizedTest
	@CsvSource({ "post, posts", "category, categories", "person, people", "child, children", "status, statuses",
			"address, addresses", "box, boxes", "leaf, leaves", "tag, tags", "UserProject, UserProjects",
			"Person, People", "key, keys", "quiz, quizzes", "day, days", "staff, staff", "wife, wives" })
	void pluralizesAndSingularizesLikeSequelizesInflection(String singular, String plural) {
		assertThat(Inflector.pluralize(singular)).isEqualTo(plural);
		assertThat(Inflector.singularize(plural)).isEqualTo(singular);
	}

	@ParameterizedTest
	@CsvSource({ "User, users", "UserProject, user_projects", "Person, people", "Category, categories",
			"TeamMember, team_members", "HTTPLog, http_logs" })
	void defaultTableIsTheSnakeCasePluralOfTheClassName(String className, String table) {
		assertThat(Naming.tableName(className)).isEqualTo(table);
	}

	@ParameterizedTest
	@CsvSource({ "createdAt, created_at", "userId, user_id", "profilePictureId, profile_picture_id", "id, id",
			"address2Line, address2_line" })
	void columnIsTheSnakeCaseOfTheAttribute(String attribute, String column) {
		assertThat(Naming.snakeCase(attribute)).isEqualTo(column);
	}

}
