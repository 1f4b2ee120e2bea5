package dev.association.sample.repository;

import java.util.List;
import java.util.Map;

import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Project;
import dev.association.sample.model.User;

/**
 * Projects and their members.
 */
public interface ProjectRepository extends AssociationRepository<Project, Long> {

	/**
	 * The project's members, each with its {@code UserProject} membership.
	 * @param project the project
	 * @param find order, includes
	 * @return the members
	 */
	List<User> getMembers(Project project, Find find);

	/**
	 * Adds a member with membership attributes, or updates them when already a member.
	 * @param project the project
	 * @param userOrKey the user or its key
	 * @param membership the join attributes ({@code role})
	 */
	void addMember(Project project, Object userOrKey, Map<String, Object> membership);

	/**
	 * Whether a user is a member.
	 * @param project the project
	 * @param userOrKey the user or its key
	 * @return true when a member
	 */
	boolean hasMember(Project project, Object userOrKey);

}
