package dev.association.sample.model;

import java.time.Instant;

import dev.association.annotation.Model;

/** The join model of User.projects / Project.members: keyed by (userId, projectId), with extra attributes. */
@Model(table = "user_projects")
public class UserProject {

	public Long userId;
	public Long projectId;
	public String role = "member";
	public Instant joinedAt = Instant.now();

}
