package dev.association.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.fuzz.FuzzCase.IncludeSpec;
import dev.association.query.Order;
import dev.association.query.Sort;
import dev.association.query.Where;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

class FuzzOracleTests {

	@Test
	void conditionsFollowThreeValuedLogic() {
		FuzzOracle oracle = oracle("h2");
		assertThat(ids(oracle, Where.not(Where.eq("score", 1)))).containsExactly(3L);
		assertThat(ids(oracle, Where.or(Where.eq("score", 1), Where.eq("active", true)))).containsExactly(1L, 3L);
		assertThat(ids(oracle, Where.not(Where.or(Where.eq("score", 1), Where.eq("active", true))))).isEmpty();
		assertThat(ids(oracle, Where.notIn("score", List.of()))).containsExactly(1L, 2L, 3L);
		assertThat(ids(oracle, Where.in("score", List.of()))).isEmpty();
		assertThat(ids(oracle, Where.notIn("score", 1L))).containsExactly(3L);
		assertThat(ids(oracle, Where.between("score", 0, 5))).containsExactly(1L);
		assertThat(ids(oracle, Where.and())).containsExactly(1L, 2L, 3L);
		assertThat(ids(oracle, Where.or())).isEmpty();
	}

	@Test
	void likeEscapesAndCaseFollowEachDatabase() {
		assertThat(ids(oracle("h2"), Where.like("name", "a\\%b"))).containsExactly(2L);
		assertThat(ids(oracle("h2"), Where.like("name", "a_b"))).containsExactly(2L, 3L);
		assertThat(ids(oracle("postgresql"), Where.like("name", "AB"))).isEmpty();
		assertThat(ids(oracle("postgresql"), Where.iLike("name", "A_B"))).containsExactly(2L, 3L);
		assertThat(ids(oracle("mariadb"), Where.like("name", "A_B"))).containsExactly(2L, 3L);
		assertThat(ids(oracle("mariadb"), Where.eq("name", "É"))).containsExactly(1L);
		assertThat(ids(oracle("mariadb"), Where.eq("name", "é "))).containsExactly(1L);
		assertThat(ids(oracle("h2"), Where.eq("name", "é "))).isEmpty();
	}

	@Test
	void nullsSortLastOnPostgresqlAndFirstElsewhereWithThePrimaryKeyBreakingTies() {
		FuzzCase byScore = new FuzzCase(FuzzUser.class, null, List.of(), null, List.of(new Sort("score", Order.ASC)),
				null, null, false);
		assertThat(ids(oracle("postgresql"), byScore)).containsExactly(1L, 3L, 2L);
		assertThat(ids(oracle("mariadb"), byScore)).containsExactly(2L, 1L, 3L);
	}

	@Test
	void aRequiredIncludeUnderAnOptionalToOneNullsOnlyThatToOne() {
		IncludeSpec posts = new IncludeSpec("posts", null, true, null, List.of(), null, null, null, List.of());
		IncludeSpec user = new IncludeSpec("user", null, null, null, List.of(), null, null, null, List.of(posts));
		IncludeSpec profile = new IncludeSpec("profile", null, null, null, List.of(), null, null, null, List.of(user));
		FuzzCase find = new FuzzCase(FuzzUser.class, null, List.of(profile), List.of("id"), List.of(), null, null, true);
		FuzzOracle oracle = oracle("h2");
		List<Map<String, Object>> users = oracle.findAll(find);
		assertThat(users).extracting((u) -> u.get("profile")).hasSize(3).containsNull();
		assertThat(users.get(0).get("profile")).asInstanceOf(MAP).containsEntry("id", 1L).containsEntry("user", null);
		assertThat(oracle.count(find)).isEqualTo(3);
		IncludeSpec requiredProfile = new IncludeSpec("profile", null, true, null, List.of(), null, null, null,
				List.of());
		assertThat(oracle.count(new FuzzCase(FuzzUser.class, null, List.of(requiredProfile), null, List.of(), null,
				null, true))).isEqualTo(1);
	}

	private static List<Long> ids(FuzzOracle oracle, Where where) {
		return ids(oracle, new FuzzCase(FuzzUser.class, where, List.of(), null, List.of(), null, null, false));
	}

	private static List<Long> ids(FuzzOracle oracle, FuzzCase find) {
		return oracle.findAll(find).stream().map((row) -> (Long) row.get("id")).toList();
	}

	private static FuzzOracle oracle(String database) {
		Map<Class<?>, List<Map<String, Object>>> tables = new HashMap<>();
		FuzzSchema.MODELS.forEach((type) -> tables.put(type, new ArrayList<>()));
		tables.get(FuzzUser.class).add(user(1L, "é", 1, null));
		tables.get(FuzzUser.class).add(user(2L, "a%b", null, false));
		tables.get(FuzzUser.class).add(user(3L, "a_b", 7, true));
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", 1L);
		profile.put("userId", 1L);
		tables.get(FuzzProfile.class).add(profile);
		return new FuzzOracle(tables, database);
	}

	private static Map<String, Object> user(Long id, String name, Integer score, Boolean active) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("name", name);
		row.put("score", score);
		row.put("active", active);
		return row;
	}

}
