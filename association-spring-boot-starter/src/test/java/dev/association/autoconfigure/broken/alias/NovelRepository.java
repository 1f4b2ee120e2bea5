package dev.association.autoconfigure.broken.alias;

import java.util.List;

import dev.association.repository.domain.Author;
import dev.association.repository.domain.Book;
import dev.association.repository.AssociationRepository;

public interface NovelRepository extends AssociationRepository<Author, Long> {

	List<Book> getNovels(Author author);

}
