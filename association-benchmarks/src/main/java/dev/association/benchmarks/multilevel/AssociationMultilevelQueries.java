package dev.association.benchmarks.multilevel;

import java.util.List;

import javax.sql.DataSource;

import dev.association.Associations;
import dev.association.benchmarks.multilevel.model.Post;
import dev.association.benchmarks.multilevel.model.PostComment;
import dev.association.benchmarks.multilevel.model.Tag;
import dev.association.benchmarks.multilevel.model.User;
import dev.association.benchmarks.multilevel.model.UserVote;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;

/**
 * W8 through {@code association}'s public API: one {@code findAll} with nested includes, kept in a constant as an
 * application would. The children are not ordered, as the floor's are not.
 */
public final class AssociationMultilevelQueries implements MultilevelQueries {

	private static final Find POSTS_WITH_COMMENTS_VOTES_TAGS = Find
		.where(Where.between("id", Multilevel.FIRST_POST_ID, Multilevel.LAST_POST_ID))
		.include(Include.of("comments").include(Include.of("votes").include("user")), Include.of("tags"))
		.order("id");

	private final AssociationRepository<Post, Long> posts;

	/**
	 * Builds the engine on a data source.
	 * @param dataSource the data source
	 */
	public AssociationMultilevelQueries(DataSource dataSource) {
		this.posts = Associations.builder()
			.dataSource(dataSource)
			.models(Post.class, PostComment.class, UserVote.class, User.class, Tag.class)
			.build()
			.repository(Post.class);
	}

	@Override
	public List<Post> postsWithCommentsVotesTags() {
		return this.posts.findAll(POSTS_WITH_COMMENTS_VOTES_TAGS);
	}

}
