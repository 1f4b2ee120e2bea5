package dev.association.repository.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;

public interface AuthorRepository extends AssociationRepository<Author, Long> {

	List<Book> getBooks(Author author);

	List<Book> getBooks(Author author, Find find);

	long countBooks(Author author);

	int countBooks(Author author, Where where);

	void setBooks(Author author, Collection<?> books);

	void addBook(Author author, Object bookOrKey);

	void addBooks(Author author, Collection<?> books);

	Book createBook(Author author, Book book);

	void removeBook(Author author, Long bookId);

	void removeBooks(Author author, Collection<Book> books);

	boolean hasBook(Author author, Book book);

	boolean hasBooks(Author author, Collection<?> books);

	void addGenre(Author author, Genre genre, Map<String, Object> through);

	Genre createGenre(Author author, Genre genre, Map<String, Object> through);

	Optional<Biography> getBiography(Author author);

	void setBiography(Author author, Biography biography);

	Biography createBiography(Author author, Biography biography);

}
