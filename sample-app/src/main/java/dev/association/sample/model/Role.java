package dev.association.sample.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Role {

	@Id public Long id;
	@Column(unique = true, nullable = false) public String name;
	public List<User> users;

	public Role() {
	}

	public Role(String name) {
		this.name = name;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Role.class).belongsToMany(User.class, a -> a.as("users").through("user_roles"));
	}

}
