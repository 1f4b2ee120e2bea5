package dev.association.sample.repository;

import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Team;

/**
 * Teams, with their active projects and members (scoped associations).
 */
public interface TeamRepository extends AssociationRepository<Team, Long> {

}
