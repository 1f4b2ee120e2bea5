package dev.association.benchmarks.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A role that users have (n:m through {@code user_roles}).
 */
@Model(table = "roles")
public class Role {

	@Id
	public Long id;

	public String name;

	public List<User> users;

	/**
	 * Defines this model's associations.
	 * @param registry the registry
	 */
	public static void associate(AssociationRegistry registry) {
		registry.model(Role.class).belongsToMany(User.class, (a) -> a.as("users").through("user_roles"));
	}

}
