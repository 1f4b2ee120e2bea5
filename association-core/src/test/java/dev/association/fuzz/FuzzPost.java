package dev.association.fuzz;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/** A post of the fuzz schema: an author, comments and tags through {@link FuzzPostTag} rows that are not hidden. */
@Model(table = "fz_posts")
public class FuzzPost {

	@Id public Long id;
	public Long authorId;
	public String title;
	public Boolean published;
	public Integer likes;
	public Double rating;
	public Instant postedAt;

	public FuzzUser author;
	public List<FuzzComment> comments;
	public List<FuzzTag> tags;
	public FuzzPostTag postTag;

	public static void associate(AssociationRegistry registry) {
		registry.model(FuzzPost.class)
			.belongsTo(FuzzUser.class, a -> a.as("author").foreignKey("authorId"))
			.hasMany(FuzzComment.class, a -> a.as("comments").foreignKey("postId"))
			.belongsToMany(FuzzTag.class, a -> a.as("tags").through(FuzzPostTag.class).foreignKey("postId")
				.otherKey("tagId").throughScope("hidden", false));
	}

}
