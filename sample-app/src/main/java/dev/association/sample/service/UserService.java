package dev.association.sample.service;

import java.util.List;

import dev.association.query.Find;
import dev.association.query.Where;
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
	 * The users the find asks for (its order, then by id), with its includes.
	 * @param find the find, from the request
	 * @return the users
	 */
	public List<User> list(Find find) {
		return this.users.findAll(find.order("id"));
	}

	/**
	 * One user with the find's includes and attributes.
	 * @param id the key
	 * @param find the find, from the request (its order, limit and offset do not apply to one row)
	 * @return the user
	 */
	public User get(long id, Find find) {
		Find one = Find.all().include(find.getIncludes().toArray(Include[]::new));
		List<String> attributes = find.getAttributes();
		if (attributes != null) {
			one = one.attributes(attributes.toArray(String[]::new));
		}
		return this.users.findByPk(id, one).orElseThrow(() -> new NotFoundException("User", id));
	}

	/**
	 * The users who wrote a post whose title contains a text (any case), with their profiles: a path condition, one
	 * statement, each user once.
	 * @param text the text, matched literally
	 * @return the users
	 */
	public List<User> withPostTitled(String text) {
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.users.findAll(Find.where(Where.iLike("posts.title", pattern)).include("profile").order("id"));
	}

	/**
	 * A user's posts (the find's order, then by id), with the find's includes.
	 * @param id the user's key
	 * @param find the find of the posts, from the request
	 * @return the posts
	 */
	public List<Post> posts(long id, Find find) {
		return this.users.getPosts(get(id, Find.all()), find.order("id"));
	}

	/**
	 * A user's projects, each with the membership (role, joinedAt) under {@code UserProject}.
	 * @param id the user's key
	 * @return the projects
	 */
	public List<Project> projects(long id) {
		return this.users.getProjects(get(id, Find.all()), Find.all().order("id"));
	}

}
