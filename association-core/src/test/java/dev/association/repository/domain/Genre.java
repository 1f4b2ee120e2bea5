package dev.association.repository.domain;

import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Genre {

	@Id
	public Long id;

	public String name;

	public AuthorGenre authorGenre;

}
