package dev.association.benchmarks.multilevel.hibernate;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.association.benchmarks.hibernate.JpaUnit;
import dev.association.benchmarks.multilevel.Multilevel;
import dev.association.benchmarks.multilevel.MultilevelQueries;

/**
 * W8 with Hibernate through Spring Data JPA, each operation in a read-only transaction, with the fastest idiomatic
 * fetch plan: JOIN FETCH queries in steps, never two collections in one query. Three statements: the posts with
 * their comments (one collection, no pagination: the posts are an id range), the comments' votes with their users
 * (a collection and a to-one), the posts' tags. The persistence context ties the steps together.
 */
public final class HibernateMultilevelQueries implements MultilevelQueries {

	private final JpaUnit unit;

	private final PostRepository posts;

	private final PostCommentRepository comments;

	/**
	 * Builds the persistence unit and the repositories on a data source.
	 * @param dataSource the data source
	 */
	public HibernateMultilevelQueries(DataSource dataSource) {
		this.unit = new JpaUnit("multilevel", dataSource, PostEntity.class, PostCommentEntity.class,
				UserVoteEntity.class, UserEntity.class, TagEntity.class);
		this.posts = this.unit.repository(PostRepository.class);
		this.comments = this.unit.repository(PostCommentRepository.class);
	}

	@Override
	public List<PostEntity> postsWithCommentsVotesTags() {
		return this.unit.readOnly(() -> {
			List<PostEntity> result = this.posts.findWithCommentsByIdBetween(Multilevel.FIRST_POST_ID,
					Multilevel.LAST_POST_ID);
			List<Long> ids = new ArrayList<>(result.size());
			for (PostEntity post : result) {
				ids.add(post.id);
			}
			this.comments.fetchVotesWithUsers(ids);
			this.posts.fetchTags(ids);
			return result;
		});
	}

	@Override
	public void close() {
		this.unit.close();
	}

}
