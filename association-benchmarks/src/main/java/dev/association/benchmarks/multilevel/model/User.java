package dev.association.benchmarks.multilevel.model;

import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A user who votes on comments.
 */
@Model(table = "ml_users")
public class User {

	@Id
	public Long id;

	public String firstName;

	public String lastName;

}
