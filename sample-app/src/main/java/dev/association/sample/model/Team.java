package dev.association.sample.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Team {

	@Id public Long id;
	public String name;

	public List<Project> activeProjects;
	public List<User> members;

	public Team() {
	}

	public Team(String name) {
		this.name = name;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Team.class)
			.hasMany(Project.class, a -> a.as("activeProjects").foreignKey("teamId").scope("status", "active"))
			.belongsToMany(User.class, a -> a.as("members").through(TeamMember.class).throughScope("deletedAt", null));
	}

}
