package dev.association.sample.web;

import java.util.List;

import dev.association.sample.model.Comment;
import dev.association.sample.service.CommentService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The polymorphic comments of posts and articles.
 */
@RestController
public class CommentController {

	private final CommentService comments;

	public CommentController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping("/posts/{id}/comments")
	List<Comment> postComments(@PathVariable long id) {
		return this.comments.postComments(id);
	}

	@GetMapping("/articles/{id}/comments")
	List<Comment> articleComments(@PathVariable long id) {
		return this.comments.articleComments(id);
	}

}
