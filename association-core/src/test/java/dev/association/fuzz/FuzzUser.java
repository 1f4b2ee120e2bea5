package dev.association.fuzz;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/** A user of the fuzz schema: a profile, posts (all and published), a manager and the users it manages. */
@Model(table = "fz_users")
public class FuzzUser {

	@Id public Long id;
	public String name;
	public Integer score;
	public Boolean active;
	public Instant joinedAt;
	public Long managerId;

	public FuzzProfile profile;
	public List<FuzzPost> posts;
	public List<FuzzPost> publishedPosts;
	public FuzzUser manager;
	public List<FuzzUser> reports;

	public static void associate(AssociationRegistry registry) {
		registry.model(FuzzUser.class)
			.hasOne(FuzzProfile.class, a -> a.as("profile").foreignKey("userId"))
			.hasMany(FuzzPost.class, a -> a.as("posts").foreignKey("authorId"))
			.hasMany(FuzzPost.class, a -> a.as("publishedPosts").foreignKey("authorId").scope("published", true))
			.belongsTo(FuzzUser.class, a -> a.as("manager").foreignKey("managerId").constraints(false))
			.hasMany(FuzzUser.class, a -> a.as("reports").foreignKey("managerId").constraints(false));
	}

}
