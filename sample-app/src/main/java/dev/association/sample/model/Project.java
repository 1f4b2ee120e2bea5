package dev.association.sample.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Project {

	@Id public Long id;
	public String name;
	public String status = "active";
	public Long teamId;

	public List<User> members;
	public Team team;
	public UserProject userProject;

	public Project() {
	}

	public Project(String name) {
		this.name = name;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Project.class)
			.belongsToMany(User.class, a -> a.as("members").through(UserProject.class))
			.belongsTo(Team.class, a -> a.as("team"));
	}

}
