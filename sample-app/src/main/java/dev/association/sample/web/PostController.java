package dev.association.sample.web;

import java.util.List;

import dev.association.query.Find;
import dev.association.sample.model.Post;
import dev.association.sample.service.PostService;
import dev.association.web.FindQuery;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /posts}: posts are paranoid, so {@code DELETE} soft-deletes one, the listing skips soft-deleted posts unless
 * {@code paranoid=false}, and {@code POST /posts/{id}/restore} brings one back.
 */
@RestController
public class PostController {

	private final PostService posts;

	public PostController(PostService posts) {
		this.posts = posts;
	}

	@GetMapping("/posts")
	List<Post> list(@FindQuery(includes = { "author.profile", "comments.commenter", "tags", "category", "likers" },
			orders = { "id", "title", "createdAt" }, maxLimit = 50) Find find,
			@RequestParam(defaultValue = "true") boolean paranoid) {
		return this.posts.list(find.paranoid(paranoid));
	}

	@DeleteMapping("/posts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.posts.delete(id);
	}

	@PostMapping("/posts/{id}/restore")
	Post restore(@PathVariable long id) {
		return this.posts.restore(id);
	}

}
