package dev.association.sample.model;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Picture {

	@Id public Long id;
	public Long userId;
	public String url;
	public User user;

	public Picture() {
	}

	public Picture(String url) {
		this.url = url;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Picture.class).belongsTo(User.class, a -> a.as("user"));
	}

}
