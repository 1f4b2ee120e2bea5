package dev.association.fuzz;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/** A tag of {@link FuzzPost}s; {@link #postTag} receives the join row when loaded through a post. */
@Model(table = "fz_tags")
public class FuzzTag {

	@Id public Long id;
	public String label;
	public Double weight;

	public List<FuzzPost> posts;
	public FuzzPostTag postTag;

	public static void associate(AssociationRegistry registry) {
		registry.model(FuzzTag.class)
			.belongsToMany(FuzzPost.class, a -> a.as("posts").through(FuzzPostTag.class).foreignKey("tagId")
				.otherKey("postId").throughScope("hidden", false));
	}

}
