package dev.association.benchmarks.model;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A user's profile (one per user).
 */
@Model(table = "profiles")
public class Profile {

	@Id
	public Long id;

	public Long userId;

	public String bio;

	public User user;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(Profile.class).belongsTo(User.class, (a) -> a.as("user").foreignKey("userId"));
	}

}
