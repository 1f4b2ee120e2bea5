package dev.association.benchmarks.multilevel.model;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * One user's vote on a comment (score 1 or -1), with that user.
 */
@Model(table = "ml_user_votes")
public class UserVote {

	@Id
	public Long id;

	public Long commentId;

	public Long userId;

	public int score;

	public User user;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(UserVote.class).belongsTo(User.class, (a) -> a.as("user").foreignKey("userId"));
	}

}
