package dev.association.repository.domain;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model(table = "authors")
public class Author {

	@Id
	public Long id;

	public String name;

	public Biography biography;

	public List<Book> books;

	public List<Genre> genres;

	public static void associate(AssociationRegistry registry) {
		registry.model(Author.class)
			.hasOne(Biography.class, (a) -> a.as("biography"))
			.hasMany(Book.class, (a) -> a.as("books"))
			.belongsToMany(Genre.class, (a) -> a.as("genres").through(AuthorGenre.class));
	}

}
