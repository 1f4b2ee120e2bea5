package dev.association.sample.service;

import java.util.List;
import java.util.Map;

import dev.association.query.Find;
import dev.association.sample.model.Post;
import dev.association.sample.repository.PostRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;

/**
 * Pages and keyset windows of posts.
 */
@Service
public class PostService {

	private final PostRepository posts;

	public PostService(PostRepository posts) {
		this.posts = posts;
	}

	/**
	 * The posts a find describes.
	 * @param find includes, order, limit
	 * @return the posts
	 */
	public List<Post> list(Find find) {
		return this.posts.findAll(find.order("id"));
	}

	/**
	 * One page of posts; the pageable's sort follows the find's order.
	 * @param find includes and order
	 * @param pageable page, size and sort
	 * @return the page
	 */
	public Page<Post> page(Find find, Pageable pageable) {
		return this.posts.findAll(find, pageable);
	}

	/**
	 * The posts after a post id, by id, with their authors.
	 * @param after the id of the last post of the previous window, or null for the first window
	 * @param size the window size
	 * @return the window
	 */
	public Window<Post> scroll(@Nullable Long after, int size) {
		if (size < 1 || size > 100) {
			throw new IllegalArgumentException("size must be between 1 and 100, not " + size + ".");
		}
		ScrollPosition position = (after != null) ? ScrollPosition.forward(Map.of("id", after))
				: ScrollPosition.keyset();
		return this.posts.scroll(Find.all().include("author").order("id").limit(size), position);
	}

}
