package dev.association.sample.web;

import java.util.List;

import dev.association.sample.model.User;
import dev.association.sample.service.ProjectService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /projects/{id}/members}: memberships with through attributes.
 */
@RestController
@RequestMapping("/projects/{id}/members")
public class ProjectController {

	private final ProjectService projects;

	public ProjectController(ProjectService projects) {
		this.projects = projects;
	}

	@GetMapping
	List<User> members(@PathVariable long id) {
		return this.projects.members(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	List<User> addMember(@PathVariable long id, @RequestBody NewMember member) {
		if (member.userId() == null) {
			throw new IllegalArgumentException("userId is required");
		}
		String role = (member.role() != null) ? member.role() : "member";
		return this.projects.addMember(id, member.userId(), role);
	}

	/**
	 * The body of {@code POST /projects/{id}/members}.
	 * @param userId the user's key
	 * @param role the role in the project (default {@code member})
	 */
	record NewMember(@Nullable Long userId, @Nullable String role) {

	}

}
