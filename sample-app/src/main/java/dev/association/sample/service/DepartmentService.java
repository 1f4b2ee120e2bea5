package dev.association.sample.service;

import java.util.List;

import dev.association.query.Find;
import dev.association.sample.model.Department;
import dev.association.sample.model.Employee;
import dev.association.sample.repository.DepartmentRepository;
import dev.association.sample.repository.EmployeeRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments and employees: destroying a department keeps its employees, with no department (SET_NULL).
 */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

	private final DepartmentRepository departments;

	private final EmployeeRepository employees;

	public DepartmentService(DepartmentRepository departments, EmployeeRepository employees) {
		this.departments = departments;
		this.employees = employees;
	}

	/**
	 * Every department with its employees.
	 * @return the departments
	 */
	public List<Department> list() {
		return this.departments.findAll(Find.all().include("employees").order("id"));
	}

	/**
	 * Every employee.
	 * @return the employees
	 */
	public List<Employee> employees() {
		return this.employees.findAll(Find.all().order("id"));
	}

	/**
	 * Destroys a department; its employees stay, with {@code departmentId} null.
	 * @param id the key
	 */
	@Transactional
	public void delete(long id) {
		Department department = this.departments.findByPk(id)
			.orElseThrow(() -> new NotFoundException("Department", id));
		this.departments.destroy(department);
	}

}
