package dev.association.sample.service;

import dev.association.query.Find;
import dev.association.sample.model.Team;
import dev.association.sample.repository.TeamRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams with their scoped associations: active projects only, members whose membership is not deleted.
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

	private final TeamRepository teams;

	public TeamService(TeamRepository teams) {
		this.teams = teams;
	}

	/**
	 * A team with its active projects and current members.
	 * @param id the key
	 * @return the team
	 */
	public Team get(long id) {
		return this.teams.findByPk(id, Find.all().include("activeProjects", "members"))
			.orElseThrow(() -> new NotFoundException("Team", id));
	}

}
