package dev.association.benchmarks;

import java.util.List;

import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;
import dev.association.benchmarks.model.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query-surface benchmark's pairs return the same rows, on the H2 quick mode with N = 1,000 (the deep window is
 * after row 900).
 */
class QuerySurfaceQueriesTests {

	private static BenchmarkDatabase database;

	private static QuerySurfaceQueries queries;

	@BeforeAll
	static void loadTheDataSet() throws Exception {
		database = BenchmarkDatabase.open(DatabaseKind.H2, 1_000);
		queries = new QuerySurfaceQueries(database.dataSource(), 1_000);
	}

	@AfterAll
	static void close() {
		database.close();
	}

	@Test
	void theDeepKeysetWindowHoldsTheRowsOfTheDeepOffsetWindowWithoutAnOffset() {
		database.dataSource().reset();
		List<Long> keyset = ids(queries.deepKeysetWindow().getContent());
		List<String> keysetSql = database.dataSource().sql();
		database.dataSource().stopCapturing();
		List<Long> offset = ids(queries.deepOffsetWindow().getContent());
		assertThat(keyset).hasSize(QuerySurfaceQueries.WINDOW).startsWith(901L).isEqualTo(offset);
		assertThat(keysetSql).singleElement().satisfies((sql) -> assertThat(sql.toUpperCase()).doesNotContain("OFFSET"));
		assertThat(ids(queries.firstKeysetWindow().getContent())).startsWith(1L).hasSize(QuerySurfaceQueries.WINDOW);
	}

	@Test
	void thePathConditionLoadsTheUsersAndProfilesTheHandWrittenExistsLoads() {
		List<User> byPath = queries.usersByPostTitle();
		List<User> byHand = queries.usersByPostTitleByHand();
		assertThat(byPath).hasSize(111);
		assertThat(ids(byPath)).isEqualTo(ids(byHand)).startsWith(7L, 70L, 71L);
		assertThat(byPath).extracting((u) -> u.profile.bio).isEqualTo(byHand.stream().map((u) -> u.profile.bio).toList());
	}

	private static List<Long> ids(List<User> users) {
		return users.stream().map((u) -> u.id).toList();
	}

}
