package dev.association.sample.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Post;
import dev.association.sample.model.Profile;
import dev.association.sample.model.Project;
import dev.association.sample.model.Role;
import dev.association.sample.model.User;
import dev.association.sample.repository.UserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users with whatever the client asks to include, their posts and their projects; a new user created with its
 * profile, posts and roles in one nested create.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private final UserRepository users;

	private final AssociationRepository<Role, Long> roles;

	public UserService(UserRepository users, Associations associations) {
		this.users = users;
		this.roles = associations.repository(Role.class);
	}

	/**
	 * Creates a user with its profile, posts and roles in one transaction: the roles that exist (by name) are linked,
	 * the others created, and every key is read back.
	 * @param request the new user
	 * @return the user, with its profile, posts and roles
	 */
	@Transactional
	public User create(NewUser request) {
		if (request.username() == null || request.username().isBlank()) {
			throw new IllegalArgumentException("username is required");
		}
		User user = new User();
		user.username = request.username();
		user.email = request.email();
		if (request.profile() != null) {
			user.profile = new Profile(request.profile().bio());
		}
		user.posts = new ArrayList<>();
		for (NewUser.NewPost requested : (request.posts() != null) ? request.posts() : List.<NewUser.NewPost>of()) {
			if (requested.title() == null || requested.title().isBlank()) {
				throw new IllegalArgumentException("Every post needs a title");
			}
			Post post = new Post(requested.title());
			post.body = requested.body();
			post.published = Boolean.TRUE.equals(requested.published());
			user.posts.add(post);
		}
		user.roles = roles((request.roles() != null) ? request.roles() : List.of());
		return this.users.create(user, "profile", "posts", "roles");
	}

	private List<Role> roles(List<String> names) {
		LinkedHashSet<String> distinct = new LinkedHashSet<>(names);
		if (distinct.isEmpty()) {
			return new ArrayList<>();
		}
		Map<String, Role> existing = this.roles.findAll(Find.where(Where.in("name", List.copyOf(distinct))))
			.stream()
			.collect(Collectors.toMap((role) -> role.name, Function.identity()));
		return distinct.stream().map((name) -> existing.getOrDefault(name, new Role(name))).toList();
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
