package dev.association.repository.domain;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Book {

	@Id
	public Long id;

	public Long authorId;

	public String title;

	public Author author;

	public static void associate(AssociationRegistry registry) {
		registry.model(Book.class).belongsTo(Author.class, (a) -> a.as("author"));
	}

}
