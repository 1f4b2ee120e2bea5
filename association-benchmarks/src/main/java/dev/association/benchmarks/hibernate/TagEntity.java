package dev.association.benchmarks.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a tag.
 */
@Entity
@Table(name = "tags")
public class TagEntity {

	@Id
	Long id;

	String name;

}
