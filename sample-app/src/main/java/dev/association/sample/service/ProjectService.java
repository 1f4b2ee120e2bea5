package dev.association.sample.service;

import java.util.List;
import java.util.Map;

import dev.association.query.Find;
import dev.association.sample.model.Project;
import dev.association.sample.model.User;
import dev.association.sample.repository.ProjectRepository;
import dev.association.sample.repository.UserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and their memberships (the {@code UserProject} join model).
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	private final ProjectRepository projects;

	private final UserRepository users;

	public ProjectService(ProjectRepository projects, UserRepository users) {
		this.projects = projects;
		this.users = users;
	}

	/**
	 * A project's members, each with its membership under {@code UserProject}.
	 * @param id the project's key
	 * @return the members
	 */
	public List<User> members(long id) {
		return this.projects.getMembers(project(id), Find.all().order("id"));
	}

	/**
	 * Adds a member with a role (or changes the role of a member), then answers the members.
	 * @param id the project's key
	 * @param userId the user's key
	 * @param role the role
	 * @return the members after the change
	 */
	@Transactional
	public List<User> addMember(long id, long userId, String role) {
		Project project = project(id);
		User user = this.users.findByPk(userId).orElseThrow(() -> new NotFoundException("User", userId));
		this.projects.addMember(project, user, Map.of("role", role));
		return members(id);
	}

	private Project project(long id) {
		return this.projects.findByPk(id).orElseThrow(() -> new NotFoundException("Project", id));
	}

}
