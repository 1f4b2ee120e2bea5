package com.example.tiny;

import java.util.List;

import dev.association.repository.AssociationRepository;

public interface AuthorRepository extends AssociationRepository<Author, Long> {

	List<Book> getBooks(Author author);

	Book createBook(Author author, Book book);

	long countBooks(Author author);

}
