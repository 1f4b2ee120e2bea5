package dev.association.sample.model;

import java.time.Instant;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Model;
import dev.association.annotation.Id;

@Model(table = "users")
public class User {

	@Id public Long id;
	public String username;
	public String email;
	public boolean active = true;
	public Long profilePictureId;
	public Instant createdAt;
	public Instant updatedAt;

	public Profile profile;
	public List<Post> posts;
	public List<Role> roles;
	public List<Project> projects;
	public List<Team> teams;
	public List<Picture> pictures;
	public Picture profilePicture;
	public UserProject userProject;
	public TeamMember teamMember;
	public List<Post> likedPosts;
	public Like like;

	public User() {
	}

	public User(String username) {
		this.username = username;
		this.email = username + "@example.com";
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(User.class)
			.hasOne(Profile.class, a -> a.as("profile").foreignKey("userId").onDelete(ReferentialAction.CASCADE))
			.hasMany(Post.class, a -> a.as("posts").foreignKey("authorId"))
			.belongsToMany(Role.class, a -> a.as("roles").through("user_roles"))
			.belongsToMany(Project.class, a -> a.as("projects").through(UserProject.class))
			.belongsToMany(Team.class, a -> a.as("teams").through(TeamMember.class).throughScope("deletedAt", null))
			.hasMany(Picture.class, a -> a.as("pictures").foreignKey("userId"))
			.belongsTo(Picture.class, a -> a.as("profilePicture").constraints(false))
			.belongsToMany(Post.class, a -> a.as("likedPosts").through(Like.class));
	}

}
