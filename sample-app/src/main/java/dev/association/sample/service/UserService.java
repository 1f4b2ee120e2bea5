package dev.association.sample.service;

import java.util.List;

import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.sample.model.Post;
import dev.association.sample.model.Project;
import dev.association.sample.model.User;
import dev.association.sample.repository.UserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users with whatever the client asks to include, their posts and their projects.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private final UserRepository users;

	public UserService(UserRepository users) {
		this.users = users;
	}

	/**
	 * Every user, ordered by id, with the includes.
	 * @param includes the includes
	 * @return the users
	 */
	public List<User> list(List<Include> includes) {
		return this.users.findAll(Find.all().include(includes.toArray(Include[]::new)).order("id"));
	}

	/**
	 * One user with the includes.
	 * @param id the key
	 * @param includes the includes
	 * @return the user
	 */
	public User get(long id, List<Include> includes) {
		return this.users.findByPk(id, Find.all().include(includes.toArray(Include[]::new)))
			.orElseThrow(() -> new NotFoundException("User", id));
	}

	/**
	 * A user's posts, newest first, with the includes.
	 * @param id the user's key
	 * @param includes the includes of each post
	 * @return the posts
	 */
	public List<Post> posts(long id, List<Include> includes) {
		return this.users.getPosts(get(id, List.of()), Find.all().include(includes.toArray(Include[]::new)).order("id"));
	}

	/**
	 * A user's projects, each with the membership (role, joinedAt) under {@code UserProject}.
	 * @param id the user's key
	 * @return the projects
	 */
	public List<Project> projects(long id) {
		return this.users.getProjects(get(id, List.of()), Find.all().order("id"));
	}

}
