package dev.association.sample.service;

import java.util.List;

import dev.association.query.Find;
import dev.association.sample.model.Post;
import dev.association.sample.repository.PostRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts, which are soft-deleted ({@code @Model(paranoid = true)}): a destroyed post keeps its row, with
 * {@code deletedAt} set, and every read skips it until it is restored.
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
