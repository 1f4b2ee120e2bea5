package dev.association.benchmarks;

import java.util.List;

import dev.association.benchmarks.data.DatabaseKind;
import dev.association.benchmarks.model.User;
import dev.association.benchmarks.writes.NestedCreateWorkload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nested-create benchmark's correctness check on in-memory H2: {@code association} and the hand-written JDBC
 * batches write the same rows and read the same keys back, and {@code association} does it in a constant number of
 * statements.
 */
class NestedCreateCheckTests {

	@Test
	void associationAndJdbcWriteTheSameRows() throws Exception {
		try (NestedCreateWorkload workload = NestedCreateWorkload.open(DatabaseKind.H2)) {
			workload.reset();
			List<User> byJdbc = workload.createWithJdbc(workload.graph(100));
			List<String> jdbcRows = workload.rows();
			workload.reset();
			workload.dataSource().reset();
			List<User> byAssociation = workload.createWithAssociation(workload.graph(100));
			// users, profiles, posts, user_roles: the roles have keys, so they are linked
			assertThat(workload.dataSource().statements()).isEqualTo(4);
			assertThat(workload.rows()).hasSize(100 + 100 + 500 + 200 + 10).isEqualTo(jdbcRows);
			for (List<User> graph : List.of(byJdbc, byAssociation)) {
				assertThat(graph).allSatisfy((user) -> {
					assertThat(user.id).isNotNull();
					assertThat(user.profile.userId).isEqualTo(user.id);
					assertThat(user.posts).allSatisfy((post) -> assertThat(post.authorId).isEqualTo(user.id));
				});
			}
		}
	}

}
