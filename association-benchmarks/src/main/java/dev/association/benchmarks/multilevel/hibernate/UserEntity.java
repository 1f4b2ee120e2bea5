package dev.association.benchmarks.multilevel.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a W8 user.
 */
@Entity(name = "MultilevelUser")
@Table(name = "ml_users")
public class UserEntity {

	@Id
	Long id;

	@Column(name = "first_name")
	String firstName;

	@Column(name = "last_name")
	String lastName;

}
