package dev.association.sample.repository;

import dev.association.repository.AssociationRepository;
import dev.association.sample.model.Department;

/**
 * Departments; destroying one sets its employees' {@code departmentId} to null.
 */
public interface DepartmentRepository extends AssociationRepository<Department, Long> {

	/**
	 * The number of the department's employees.
	 * @param department the department
	 * @return the count
	 */
	long countEmployees(Department department);

}
