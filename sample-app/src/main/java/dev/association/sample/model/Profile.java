package dev.association.sample.model;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Profile {

	@Id public Long id;
	public Long userId;
	public String bio;
	public User user;

	public Profile() {
	}

	public Profile(String bio) {
		this.bio = bio;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Profile.class).belongsTo(User.class, a -> a.as("user"));
	}

}
