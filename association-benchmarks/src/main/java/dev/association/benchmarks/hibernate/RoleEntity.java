package dev.association.benchmarks.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a role.
 */
@Entity
@Table(name = "roles")
public class RoleEntity {

	@Id
	Long id;

	String name;

}
