package dev.association.repository.domain;

import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Biography {

	@Id
	public Long id;

	public Long authorId;

	public String text;

}
