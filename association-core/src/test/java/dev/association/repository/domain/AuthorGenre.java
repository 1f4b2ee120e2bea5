package dev.association.repository.domain;

import dev.association.annotation.Model;

@Model(table = "author_genres")
public class AuthorGenre {

	public Long authorId;

	public Long genreId;

	public String role = "primary";

}
