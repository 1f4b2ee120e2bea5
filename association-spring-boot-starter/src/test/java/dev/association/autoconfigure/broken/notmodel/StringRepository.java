package dev.association.autoconfigure.broken.notmodel;

import dev.association.repository.AssociationRepository;

public interface StringRepository extends AssociationRepository<String, Long> {

}
