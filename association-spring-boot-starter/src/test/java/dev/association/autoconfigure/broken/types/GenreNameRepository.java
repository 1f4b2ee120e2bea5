package dev.association.autoconfigure.broken.types;

import dev.association.repository.domain.Author;
import dev.association.repository.AssociationRepository;

public interface GenreNameRepository extends AssociationRepository<Author, Long> {

	void addGenre(Author author, String genreName);

}
