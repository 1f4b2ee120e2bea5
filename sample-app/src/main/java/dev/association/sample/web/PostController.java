package dev.association.sample.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.query.Find;
import dev.association.sample.model.Post;
import dev.association.sample.service.PostService;
import dev.association.web.FindQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Window;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /posts}: lists by {@link FindQuery} parameters, pages through Spring Data's {@link Pageable} ({@code page},
 * {@code size}, {@code sort}, e.g. {@code sort=author.username,desc}), and keyset windows that answer the cursor of
 * the next one. Posts are paranoid, so {@code DELETE} soft-deletes one, the listing and its pages skip soft-deleted
 * posts unless {@code paranoid=false}, and {@code POST /posts/{id}/restore} brings one back.
 */
@RestController
@RequestMapping("/posts")
public class PostController {

	private final PostService posts;

	public PostController(PostService posts) {
		this.posts = posts;
	}

	/**
	 * The posts with the requested includes and order ({@link FindQuery}); with any of {@code page}, {@code size} or
	 * {@code sort}, one page of them ({@code sort} after the {@code order}), as {@code {"content", "page"}};
	 * soft-deleted posts too with {@code paranoid=false}.
	 */
	@GetMapping
	Object list(@FindQuery(model = Post.class, includes = { "author.profile", "comments.commenter", "tags",
			"category", "likers" }, orders = { "id", "title", "createdAt" }, maxLimit = 50) Find find,
			@PageableDefault(size = 20) Pageable pageable, @RequestParam(defaultValue = "true") boolean paranoid,
			WebRequest request) {
		Find chosen = find.paranoid(paranoid);
		if (request.getParameter("page") == null && request.getParameter("size") == null
				&& request.getParameter("sort") == null) {
			return this.posts.list(chosen);
		}
		return new PagedModel<>(this.posts.page(chosen.include("author"), pageable));
	}

	@GetMapping("/scroll")
	Map<String, Object> scroll(@RequestParam(required = false) @Nullable Long after,
			@RequestParam(defaultValue = "2") int size) {
		Window<Post> window = this.posts.scroll(after, size);
		List<Post> content = window.getContent();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("posts", content);
		answer.put("next", (window.hasNext() && !content.isEmpty()) ? content.get(content.size() - 1).id : null);
		return answer;
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.posts.delete(id);
	}

	@PostMapping("/{id}/restore")
	Post restore(@PathVariable long id) {
		return this.posts.restore(id);
	}

}
