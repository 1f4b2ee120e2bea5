package dev.association.sample.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.query.Find;
import dev.association.sample.model.Post;
import dev.association.sample.service.PostService;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Window;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /posts}: pages through Spring Data's {@link Pageable} ({@code page}, {@code size}, {@code sort}, e.g.
 * {@code sort=author.username,desc}), and keyset windows that answer the cursor of the next one.
 */
@RestController
@RequestMapping("/posts")
public class PostController {

	private final PostService posts;

	public PostController(PostService posts) {
		this.posts = posts;
	}

	@GetMapping
	Page<Post> page(@PageableDefault(size = 20) Pageable pageable) {
		return this.posts.page(Find.all().include("author"), pageable);
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

}
