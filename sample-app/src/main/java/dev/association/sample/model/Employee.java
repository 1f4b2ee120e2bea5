package dev.association.sample.model;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Employee {

	@Id public Long id;
	public String name;
	public Long departmentId;
	public Department department;

	public Employee() {
	}

	public Employee(String name) {
		this.name = name;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Employee.class).belongsTo(Department.class);
	}

}
