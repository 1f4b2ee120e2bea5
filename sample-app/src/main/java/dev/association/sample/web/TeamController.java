package dev.association.sample.web;

import dev.association.sample.model.Team;
import dev.association.sample.service.TeamService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /teams/{id}}: a team with its active projects (scope) and current members (through scope).
 */
@RestController
public class TeamController {

	private final TeamService teams;

	public TeamController(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping("/teams/{id}")
	Team get(@PathVariable long id) {
		return this.teams.get(id);
	}

}
