package dev.association.autoconfigure.broken.alias;

import java.util.List;

import dev.association.autoconfigure.domain.Author;
import dev.association.autoconfigure.domain.Book;
import dev.association.repository.AssociationRepository;

public interface NovelRepository extends AssociationRepository<Author, Long> {

	List<Book> getNovels(Author author);

}
