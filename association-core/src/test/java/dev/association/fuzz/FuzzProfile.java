package dev.association.fuzz;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/** The profile of at most one {@link FuzzUser}. */
@Model(table = "fz_profiles")
public class FuzzProfile {

	@Id public Long id;
	public Long userId;
	public String bio;
	public Integer level;

	public FuzzUser user;

	public static void associate(AssociationRegistry registry) {
		registry.model(FuzzProfile.class).belongsTo(FuzzUser.class, a -> a.as("user").foreignKey("userId"));
	}

}
