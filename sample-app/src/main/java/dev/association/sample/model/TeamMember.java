package dev.association.sample.model;

import java.time.Instant;

import dev.association.annotation.Id;
import dev.association.annotation.Model;

/** The join model of Team.members / User.teams, soft-deleted by deletedAt (the through scope filters it). */
@Model
public class TeamMember {

	@Id public Long id;
	public Long teamId;
	public Long userId;
	public String role = "member";
	public Instant deletedAt;

}
