package dev.association.fuzz;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/** A comment on a {@link FuzzPost} by a {@link FuzzUser}. */
@Model(table = "fz_comments")
public class FuzzComment {

	@Id public Long id;
	public Long postId;
	public Long commenterId;
	public String body;
	public Integer stars;
	public Boolean flagged;

	public FuzzPost post;
	public FuzzUser commenter;

	public static void associate(AssociationRegistry registry) {
		registry.model(FuzzComment.class)
			.belongsTo(FuzzPost.class, a -> a.as("post").foreignKey("postId"))
			.belongsTo(FuzzUser.class, a -> a.as("commenter").foreignKey("commenterId"));
	}

}
