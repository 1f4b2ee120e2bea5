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
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages and keyset windows of posts, which are soft-deleted ({@code @Model(paranoid = true)}): a destroyed post
 * keeps its row, with {@code deletedAt} set, and every read skips it until it is restored.
 */
@Service
@Transactional(readOnly = true)
public class PostService {

	private final PostRepository posts;

	public PostService(PostRepository posts) {
		this.posts = posts;
	}

	/**
	 * The posts the find asks for (its order, then by id), with its includes; soft-deleted ones too when the find
	 * is {@code paranoid(false)}.
	 * @param find the find, from the request
	 * @return the posts
	 */
	public List<Post> list(Find find) {
		return this.posts.findAll(find.order("id"));
	}

	/**
	 * One page of posts; the pageable's sort follows the find's order; soft-deleted posts too when the find is
	 * {@code paranoid(false)}.
	 * @param find includes and order
	 * @param pageable page, size and sort
	 * @return the page
	 */
	public Page<Post> page(Find find, Pageable pageable) {
		return this.posts.findAll(find, pageable);
	}

	/**
	 * The posts after a post id, by id, with their authors; soft-deleted posts are skipped.
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

	/**
	 * Soft-deletes a post: its comments, tags and likes stay.
	 * @param id the key of a post that is not soft-deleted
	 */
	@Transactional
	public void delete(long id) {
		Post post = this.posts.findByPk(id).orElseThrow(() -> new NotFoundException("Post", id));
		this.posts.destroy(post);
	}

	/**
	 * Restores a soft-deleted post (a post that is not soft-deleted is left as it is).
	 * @param id the key
	 * @return the post
	 */
	@Transactional
	public Post restore(long id) {
		Post post = this.posts.findByPk(id, Find.all().paranoid(false))
			.orElseThrow(() -> new NotFoundException("Post", id));
		if (post.deletedAt != null) {
			this.posts.restore(post);
		}
		return post;
	}

}
