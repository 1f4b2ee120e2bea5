package dev.association.benchmarks.multilevel.model;

import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * A tag on posts.
 */
@Model(table = "ml_tags")
public class Tag {

	@Id
	public Long id;

	public String name;

}
