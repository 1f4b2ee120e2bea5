package dev.association.benchmarks.model;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A user of the blog data set: the {@code association} model, also the plain object the JDBC baseline fills.
 */
@Model(table = "users")
public class User {

	@Id
	public Long id;

	public String username;

	public String email;

	public Instant createdAt;

	public Profile profile;

	public List<Post> posts;

	public List<Role> roles;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(User.class)
			.hasOne(Profile.class, (a) -> a.as("profile").foreignKey("userId").onDelete(ReferentialAction.CASCADE))
			.hasMany(Post.class, (a) -> a.as("posts").foreignKey("authorId"))
			.belongsToMany(Role.class, (a) -> a.as("roles").through("user_roles"));
	}

}
