package dev.association.sample.web;

import java.util.List;

import dev.association.sample.model.Department;
import dev.association.sample.model.Employee;
import dev.association.sample.service.DepartmentService;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /departments} and {@code /employees}: deleting a department sets its employees' department to null.
 */
@RestController
public class DepartmentController {

	private final DepartmentService departments;

	public DepartmentController(DepartmentService departments) {
		this.departments = departments;
	}

	@GetMapping("/departments")
	List<Department> list() {
		return this.departments.list();
	}

	@DeleteMapping("/departments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		this.departments.delete(id);
	}

	@GetMapping("/employees")
	List<Employee> employees() {
		return this.departments.employees();
	}

}
