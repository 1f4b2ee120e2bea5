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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The benchmark's correctness check on one database with a tiny data set: every implementation returns the JDBC
 * baseline's graph for every workload, the baseline sends the floor's statements with its keys as arrays (IN lists on MariaDB), and a
 * graph that differs is caught. A subclass per database opens it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkloadChecks {

	/** N of the tiny data set. */
	static final int USERS = 120;

	private BenchmarkDatabase database;

	private final Map<Implementation, BlogQueries> queries = new EnumMap<>(Implementation.class);

	/**
	 * Opens the database with the data set of {@link #USERS} users loaded.
	 * @return the database
	 * @throws Exception when it cannot be reached or loaded
	 */
	abstract BenchmarkDatabase open() throws Exception;

	@BeforeAll
	void loadTheDataSet() throws Exception {
		this.database = open();
		for (Implementation implementation : Implementation.values()) {
			this.queries.put(implementation, implementation.create(this.database.dataSource(), USERS));
		}
	}

	@AfterAll
	void close() {
		this.queries.values().forEach(BlogQueries::close);
		if (this.database != null) {
			this.database.close();
		}
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void hibernateReturnsTheBaselineGraph(Workload workload) {
		WorkloadCheck.assertSameGraph(workload, Implementation.HIBERNATE, this.queries.get(Implementation.HIBERNATE),
				this.queries.get(Implementation.JDBC));
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void associationReturnsTheBaselineGraph(Workload workload) {
		try {
			WorkloadCheck.assertSameGraph(workload, Implementation.ASSOCIATION,
					this.queries.get(Implementation.ASSOCIATION), this.queries.get(Implementation.JDBC));
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
					() -> this.queries.get(implementation).usersWithPostsCommentsCommenters(users),
					() -> this.queries.get(Implementation.JDBC).usersWithPostsCommentsCommenters(users));
		}
		assertThat(this.queries.get(implementation).usersWithPostsCommentsCommenters(60)).hasSize(60);
	}

	@Test
	void aStreamReadsTheRowsFindAllReads() {
		AssociationBlogQueries association = (AssociationBlogQueries) this.queries.get(Implementation.ASSOCIATION);
		assertThat(association.streamUsersWithPosts(50)).isEqualTo(association.findAllUsersWithPosts())
			.isEqualTo(11L * USERS);
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void paranoidModelsReturnTheBaselineGraphInAsManyStatements(Workload workload) {
		WorkloadCheck.assertSameGraph(workload, Implementation.ASSOCIATION_PARANOID,
				this.queries.get(Implementation.ASSOCIATION_PARANOID), this.queries.get(Implementation.JDBC));
		assertThat(WorkloadCheck.countStatements(workload, this.queries.get(Implementation.ASSOCIATION_PARANOID),
				this.database.dataSource()))
			.isEqualTo(workload.expectedStatements());
		assertThat(this.database.dataSource().sql()).allSatisfy((sql) -> assertThat(sql)
			.containsPattern("(?i)deleted_at[\"`] IS NULL"));
	}

	@ParameterizedTest
	@EnumSource(Workload.class)
	void theBaselineSendsOneStatementPerToManyLevelPlusOne(Workload workload) {
		assertThat(WorkloadCheck.countStatements(workload, this.queries.get(Implementation.JDBC), this.database.dataSource()))
			.isEqualTo(workload.expectedStatements());
	}

	@ParameterizedTest
	@EnumSource(value = Workload.class, names = { "W2", "W3", "W4", "W5", "W6" })
	void theBaselineBindsItsKeyListsAsItsDatabaseTakesThem(Workload workload) {
		WorkloadCheck.countStatements(workload, this.queries.get(Implementation.JDBC), this.database.dataSource());
		List<String> levels = this.database.dataSource().sql().subList(1, workload.expectedStatements());
		if (this.database.kind() == DatabaseKind.MARIADB) {
			assertThat(levels).allSatisfy((sql) -> assertThat(sql).contains(" in (?, ?").doesNotContainIgnoringCase("any("));
		}
		else {
			assertThat(levels).allSatisfy((sql) -> assertThat(sql).contains("= any(?)").doesNotContain(" in (?"));
		}
	}

	@Test
	void aGraphWithOneDifferentValueFailsTheCheck() {
		BlogQueries baseline = this.queries.get(Implementation.JDBC);
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
		BlogQueries baseline = this.queries.get(Implementation.JDBC);
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
