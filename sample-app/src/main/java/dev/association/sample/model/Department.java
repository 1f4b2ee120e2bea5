package dev.association.sample.model;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Department {

	@Id public Long id;
	public String name;
	public List<Employee> employees;

	public Department() {
	}

	public Department(String name) {
		this.name = name;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Department.class)
			.hasMany(Employee.class, a -> a.as("employees").onDelete(ReferentialAction.SET_NULL).hooks(true));
	}

}
