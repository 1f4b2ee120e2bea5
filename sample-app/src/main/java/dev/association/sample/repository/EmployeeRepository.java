package dev.association.sample.repository;

import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Employee;

/**
 * Employees.
 */
public interface EmployeeRepository extends AssociationRepository<Employee, Long> {

}
