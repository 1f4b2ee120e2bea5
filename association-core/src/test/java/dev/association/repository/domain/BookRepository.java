package dev.association.repository.domain;

import dev.association.repository.AssociationRepository;

public interface BookRepository extends AssociationRepository<Book, Long> {

	Author getAuthor(Book book);

}
