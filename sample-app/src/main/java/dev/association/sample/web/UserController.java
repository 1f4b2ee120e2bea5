package dev.association.sample.web;

import java.net.URI;
import java.util.List;

import dev.association.query.Find;
import dev.association.sample.model.Post;
import dev.association.sample.model.Project;
import dev.association.sample.model.User;
import dev.association.sample.service.NewUser;
import dev.association.sample.service.UserService;
import dev.association.web.FindQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /users}: eager-loaded graphs chosen by the {@code include} parameter ({@link FindQuery}: only the paths
 * listed here; {@code order}, {@code limit}, {@code offset} and {@code fields} on the lists), posts and project
 * memberships; {@code POST /users} creates a user with its profile, posts and roles from one body.
 */
@RestController
@RequestMapping("/users")
public class UserController {

	private final UserService users;

	public UserController(UserService users) {
		this.users = users;
	}

	@GetMapping
	List<User> list(@FindQuery(includes = { "profile", "posts.comments.commenter", "posts.tags", "posts.category",
			"roles", "projects", "teams", "pictures", "profilePicture", "likedPosts" },
			orders = { "id", "username", "email", "createdAt" }, maxLimit = 50) Find find) {
		return this.users.list(find);
	}

	@GetMapping("/search")
	List<User> search(@RequestParam String postTitle) {
		return this.users.withPostTitled(postTitle);
	}

	@PostMapping
	ResponseEntity<User> create(@RequestBody NewUser body) {
		User user = this.users.create(body);
		return ResponseEntity.created(URI.create("/users/" + user.id)).body(user);
	}

	@GetMapping("/{id}")
	User get(@PathVariable long id, @FindQuery(includes = { "profile", "posts.comments.commenter", "posts.tags",
			"posts.category", "roles", "projects", "teams", "pictures", "profilePicture", "likedPosts" }) Find find) {
		return this.users.get(id, find);
	}

	@GetMapping("/{id}/posts")
	List<Post> posts(@PathVariable long id, @FindQuery(includes = { "comments.commenter", "tags", "category",
			"likers" }, orders = { "id", "title", "createdAt" }, maxLimit = 50) Find find) {
		return this.users.posts(id, find);
	}

	@GetMapping("/{id}/projects")
	List<Project> projects(@PathVariable long id) {
		return this.users.projects(id);
	}

}
