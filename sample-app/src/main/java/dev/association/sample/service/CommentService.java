package dev.association.sample.service;

import java.util.List;

import dev.association.query.Find;
import dev.association.sample.model.Article;
import dev.association.sample.model.Comment;
import dev.association.sample.model.Post;
import dev.association.sample.repository.ArticleRepository;
import dev.association.sample.repository.PostRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and articles with their polymorphic comments ({@code commentableType} + {@code commentableId}).
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

	private final PostRepository posts;

	private final ArticleRepository articles;

	public CommentService(PostRepository posts, ArticleRepository articles) {
		this.posts = posts;
		this.articles = articles;
	}

	/**
	 * A post's comments, each with its commenter.
	 * @param id the post's key
	 * @return the comments
	 */
	public List<Comment> postComments(long id) {
		Post post = this.posts.findByPk(id).orElseThrow(() -> new NotFoundException("Post", id));
		return this.posts.getComments(post, Find.all().include("commenter").order("id"));
	}

	/**
	 * An article's comments, each with its commenter.
	 * @param id the article's key
	 * @return the comments
	 */
	public List<Comment> articleComments(long id) {
		Article article = this.articles.findByPk(id).orElseThrow(() -> new NotFoundException("Article", id));
		return this.articles.getComments(article, Find.all().include("commenter").order("id"));
	}

}
