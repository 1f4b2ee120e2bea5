package dev.association.sample.repository;

import java.util.List;

import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Article;
import dev.association.sample.model.Comment;

/**
 * Articles and their (polymorphic) comments.
 */
public interface ArticleRepository extends AssociationRepository<Article, Long> {

	/**
	 * The article's comments: only those whose {@code commentableType} is {@code article}.
	 * @param article the article
	 * @param find order, includes
	 * @return the comments
	 */
	List<Comment> getComments(Article article, Find find);

}
