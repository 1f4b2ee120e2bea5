package dev.association.benchmarks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.association.benchmarks.association.AssociationBlogQueries;
import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;
import dev.association.benchmarks.model.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The benchmark's correctness check on the H2 quick mode with a tiny data set: every implementation returns the
 * JDBC baseline's graph for every workload, and a graph that differs is caught.
 */
class WorkloadCheckTests {

	private static final int USERS = 120;

	private static BenchmarkDatabase database;

	private static final Map<Implementation, BlogQueries> QUERIES = new EnumMap<>(Implementation.class);

	@BeforeAll
	static void loadTheDataSet() throws Exception {
		database = BenchmarkDatabase.open(DatabaseKind.H2, USERS);
		for (Implementation implementation : Implementation.values()) {
			QUERIES.put(implementation, implementation.create(database.dataSource(), USERS));
		}
	}

	@AfterAll
	static void close() {
		QUERIES.values().forEach(BlogQueries::close);
		database.close();
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void hibernateReturnsTheBaselineGraph(Workload workload) {
		WorkloadCheck.assertSameGraph(workload, Implementation.HIBERNATE, QUERIES.get(Implementation.HIBERNATE),
				QUERIES.get(Implementation.JDBC));
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void associationReturnsTheBaselineGraph(Workload workload) {
		try {
			WorkloadCheck.assertSameGraph(workload, Implementation.ASSOCIATION,
					QUERIES.get(Implementation.ASSOCIATION), QUERIES.get(Implementation.JDBC));
		}
		catch (UnsupportedOperationException ex) {
			Assumptions.abort("The association query engine is not there yet: " + ex.getMessage());
		}
	}

	@ParameterizedTest
	@EnumSource(Implementation.class)
	void theScalingWorkloadReturnsTheBaselineGraphAtEveryScale(Implementation implementation) {
		for (int users : new int[] { 7, 60, USERS }) {
			WorkloadCheck.assertSameGraph(Workload.W3, implementation,
					() -> QUERIES.get(implementation).usersWithPostsCommentsCommenters(users),
					() -> QUERIES.get(Implementation.JDBC).usersWithPostsCommentsCommenters(users));
		}
		assertThat(QUERIES.get(implementation).usersWithPostsCommentsCommenters(60)).hasSize(60);
	}

	@Test
	void aStreamReadsTheRowsFindAllReads() {
		AssociationBlogQueries association = (AssociationBlogQueries) QUERIES.get(Implementation.ASSOCIATION);
		assertThat(association.streamUsersWithPosts(50)).isEqualTo(association.findAllUsersWithPosts())
			.isEqualTo(11L * USERS);
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void paranoidModelsReturnTheBaselineGraphInAsManyStatements(Workload workload) {
		WorkloadCheck.assertSameGraph(workload, Implementation.ASSOCIATION_PARANOID,
				QUERIES.get(Implementation.ASSOCIATION_PARANOID), QUERIES.get(Implementation.JDBC));
		assertThat(WorkloadCheck.countStatements(workload, QUERIES.get(Implementation.ASSOCIATION_PARANOID),
				database.dataSource()))
			.isEqualTo(workload.expectedStatements());
		assertThat(database.dataSource().sql()).allSatisfy((sql) -> assertThat(sql)
			.containsIgnoringCase("deleted_at\" IS NULL"));
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void theBaselineSendsOneStatementPerToManyLevelPlusOne(Workload workload) {
		assertThat(WorkloadCheck.countStatements(workload, QUERIES.get(Implementation.JDBC), database.dataSource()))
			.isEqualTo(workload.expectedStatements());
	}

	@Test
	void aGraphWithOneDifferentValueFailsTheCheck() {
		BlogQueries baseline = QUERIES.get(Implementation.JDBC);
		BlogQueries wrong = new DelegatingBlogQueries(baseline) {

			@Override
			public List<User> usersWithPosts() {
				@SuppressWarnings("unchecked")
				List<User> users = (List<User>) baseline.usersWithPosts();
				users.get(7).posts.get(2).title = "not the title";
				return users;
			}

		};
		assertThatExceptionOfType(WorkloadCheck.GraphMismatchException.class)
			.isThrownBy(() -> WorkloadCheck.assertSameGraph(Workload.W2, Implementation.JDBC, wrong, baseline))
			.withMessageContaining("$[7].posts[2].title")
			.withMessageContaining("not the title");
	}

	@Test
	void aGraphWithAMissingChildFailsTheCheck() {
		BlogQueries baseline = QUERIES.get(Implementation.JDBC);
		BlogQueries wrong = new DelegatingBlogQueries(baseline) {

			@Override
			public List<User> usersWithLatestPosts() {
				@SuppressWarnings("unchecked")
				List<User> users = (List<User>) baseline.usersWithLatestPosts();
				users.get(3).posts.remove(0);
				return users;
			}

		};
		assertThatExceptionOfType(WorkloadCheck.GraphMismatchException.class)
			.isThrownBy(() -> WorkloadCheck.assertSameGraph(Workload.W6, Implementation.JDBC, wrong, baseline))
			.withMessageContaining("$[3].posts");
	}

	private static class DelegatingBlogQueries implements BlogQueries {

		private final BlogQueries target;

		DelegatingBlogQueries(BlogQueries target) {
			this.target = target;
		}

		@Override
		public List<?> usersWithProfile() {
			return this.target.usersWithProfile();
		}

		@Override
		public List<?> usersWithPosts() {
			return this.target.usersWithPosts();
		}

		@Override
		public List<?> usersWithPostsCommentsCommenters(int users) {
			return this.target.usersWithPostsCommentsCommenters(users);
		}

		@Override
		public List<?> usersWithRoles() {
			return this.target.usersWithRoles();
		}

		@Override
		public List<?> postsWithAuthorTagsComments() {
			return this.target.postsWithAuthorTagsComments();
		}

		@Override
		public List<?> usersWithLatestPosts() {
			return this.target.usersWithLatestPosts();
		}

		@Override
		public Object userByPrimaryKey() {
			return this.target.userByPrimaryKey();
		}

	}

}
