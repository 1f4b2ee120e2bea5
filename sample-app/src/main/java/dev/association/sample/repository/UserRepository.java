package dev.association.sample.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Post;
import dev.association.sample.model.Profile;
import dev.association.sample.model.Project;
import dev.association.sample.model.User;

/**
 * Users, their posts, profile and project memberships.
 */
public interface UserRepository extends AssociationRepository<User, Long> {

	/**
	 * The user's posts.
	 * @param user the user
	 * @param find condition, includes, order
	 * @return the posts
	 */
	List<Post> getPosts(User user, Find find);

	/**
	 * The user's profile.
	 * @param user the user
	 * @return the profile, if any
	 */
	Optional<Profile> getProfile(User user);

	/**
	 * The user's projects, each with its {@code UserProject} membership (role, joinedAt).
	 * @param user the user
	 * @param find order, includes
	 * @return the projects
	 */
	List<Project> getProjects(User user, Find find);

	/**
	 * Adds the user to a project, or updates the membership.
	 * @param user the user
	 * @param projectOrKey the project or its key
	 * @param membership the membership attributes (role)
	 */
	void addProject(User user, Object projectOrKey, Map<String, Object> membership);

	/**
	 * The number of the user's posts.
	 * @param user the user
	 * @return the count
	 */
	long countPosts(User user);

}
