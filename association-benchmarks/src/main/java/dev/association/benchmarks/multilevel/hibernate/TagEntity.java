package dev.association.benchmarks.multilevel.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a W8 tag.
 */
@Entity(name = "MultilevelTag")
@Table(name = "ml_tags")
public class TagEntity {

	@Id
	Long id;

	String name;

}
