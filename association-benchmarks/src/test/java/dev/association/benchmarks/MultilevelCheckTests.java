package dev.association.benchmarks;

import java.sql.Connection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;
import dev.association.benchmarks.data.MultilevelDataLoader;
import dev.association.benchmarks.multilevel.Multilevel;
import dev.association.benchmarks.multilevel.MultilevelQueries;
import dev.association.benchmarks.multilevel.model.Post;
import dev.association.benchmarks.multilevel.model.PostComment;
import dev.association.benchmarks.multilevel.model.UserVote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The multilevel workload W8 on H2 (its data set generated in memory): the floor loads the whole graph, every
 * implementation returns the floor's graph in its expected number of statements, and a graph that differs is caught.
 */
class MultilevelCheckTests {

	private static BenchmarkDatabase database;

	private static final Map<Implementation, MultilevelQueries> QUERIES = new EnumMap<>(Implementation.class);

	@BeforeAll
	static void loadTheDataSet() throws Exception {
		database = BenchmarkDatabase.openMultilevel(DatabaseKind.H2);
		for (Implementation implementation : List.of(Implementation.JDBC, Implementation.ASSOCIATION,
				Implementation.HIBERNATE)) {
			QUERIES.put(implementation, Multilevel.create(implementation, database.dataSource()));
		}
	}

	@AfterAll
	static void close() {
		QUERIES.values().forEach(MultilevelQueries::close);
		database.close();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theFloorLoadsFiftyPostsWithTheirCommentsVotesVotersAndTags() {
		List<Post> posts = (List<Post>) floor().get();
		assertThat(posts).extracting((post) -> post.id)
			.containsExactlyElementsOf(LongStream.rangeClosed(501, 550).boxed().toList());
		assertThat(posts).allSatisfy((post) -> {
			assertThat(post.title).endsWith("part " + post.id);
			assertThat(post.tags).hasSize(20).allSatisfy((tag) -> assertThat(tag.name).isEqualTo("tag-" + tag.id));
			assertThat(post.comments).hasSize(20).allSatisfy((comment) -> {
				assertThat(comment.postId).isEqualTo(post.id);
				assertThat(comment.votes).hasSize(5).allSatisfy((vote) -> {
					assertThat(vote.commentId).isEqualTo(comment.id);
					assertThat(vote.user.id).isEqualTo(vote.userId);
					assertThat(vote.user.lastName).isEqualTo("Last" + vote.userId);
				});
				assertThat(comment.votes).extracting((vote) -> vote.userId).doesNotHaveDuplicates();
			});
		});
	}

	@ParameterizedTest
	@EnumSource(names = { "ASSOCIATION", "HIBERNATE" })
	void returnsTheFloorGraph(Implementation implementation) {
		WorkloadCheck.assertSameGraph(Multilevel.WORKLOAD, Multilevel.SHAPE, implementation,
				QUERIES.get(implementation)::postsWithCommentsVotesTags, floor());
	}

	@ParameterizedTest
	@CsvSource({ "JDBC, 4", "ASSOCIATION, 4", "HIBERNATE, 3" })
	void sendsItsNumberOfStatements(Implementation implementation, long statements) {
		assertThat(WorkloadCheck.countStatements(QUERIES.get(implementation)::postsWithCommentsVotesTags,
				database.dataSource()))
			.isEqualTo(statements);
	}

	@Test
	void aDifferentVoterFailsTheCheck() {
		Supplier<Object> wrong = changed((posts) -> {
			PostComment comment = posts.get(4).comments.stream().min(Comparator.comparing((c) -> c.id)).orElseThrow();
			UserVote vote = comment.votes.stream().min(Comparator.comparing((v) -> v.id)).orElseThrow();
			vote.user.lastName = "not the voter";
		});
		assertThatExceptionOfType(WorkloadCheck.GraphMismatchException.class)
			.isThrownBy(() -> WorkloadCheck.assertSameGraph(Multilevel.WORKLOAD, Multilevel.SHAPE,
					Implementation.ASSOCIATION, wrong, floor()))
			.withMessageContaining("$[4].comments[0].votes[0].user.lastName")
			.withMessageContaining("not the voter");
	}

	@Test
	void aMissingTagFailsTheCheck() {
		// the tag with the highest id: the canonical form sorts tags by id, so the other 19 still match
		Supplier<Object> wrong = changed((posts) -> posts.get(2).tags
			.remove(posts.get(2).tags.stream().max(Comparator.comparing((t) -> t.id)).orElseThrow()));
		assertThatExceptionOfType(WorkloadCheck.GraphMismatchException.class)
			.isThrownBy(() -> WorkloadCheck.assertSameGraph(Multilevel.WORKLOAD, Multilevel.SHAPE,
					Implementation.HIBERNATE, wrong, floor()))
			.withMessageContaining("$[2].tags: expected 20 rows but got 19");
	}

	@Test
	void aStoredDataSetIsReused() throws Exception {
		try (Connection connection = database.dataSource().getConnection()) {
			assertThat(database.generated()).isTrue();
			assertThat(new MultilevelDataLoader(DatabaseKind.H2).ensureLoaded(connection)).isFalse();
		}
	}

	@Test
	void theParanoidVariantIsNotAMultilevelImplementation() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Multilevel.create(Implementation.ASSOCIATION_PARANOID, database.dataSource()));
	}

	private static Supplier<Object> floor() {
		return QUERIES.get(Implementation.JDBC)::postsWithCommentsVotesTags;
	}

	@SuppressWarnings("unchecked")
	private static Supplier<Object> changed(Consumer<List<Post>> change) {
		return () -> {
			List<Post> posts = (List<Post>) floor().get();
			change.accept(posts);
			return posts;
		};
	}

}
