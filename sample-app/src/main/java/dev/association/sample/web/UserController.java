package dev.association.sample.web;

import java.util.List;

import dev.association.sample.model.Post;
import dev.association.sample.model.Project;
import dev.association.sample.model.User;
import dev.association.sample.service.UserService;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /users}: eager-loaded graphs chosen by the {@code include} parameter, posts and project memberships.
 */
@RestController
@RequestMapping("/users")
public class UserController {

	private final UserService users;

	public UserController(UserService users) {
		this.users = users;
	}

	@GetMapping
	List<User> list(@RequestParam(required = false) @Nullable String include) {
		return this.users.list(IncludeParameter.parse(include));
	}

	@GetMapping("/{id}")
	User get(@PathVariable long id, @RequestParam(required = false) @Nullable String include) {
		return this.users.get(id, IncludeParameter.parse(include));
	}

	@GetMapping("/{id}/posts")
	List<Post> posts(@PathVariable long id, @RequestParam(required = false) @Nullable String include) {
		return this.users.posts(id, IncludeParameter.parse(include));
	}

	@GetMapping("/{id}/projects")
	List<Project> projects(@PathVariable long id) {
		return this.users.projects(id);
	}

}
