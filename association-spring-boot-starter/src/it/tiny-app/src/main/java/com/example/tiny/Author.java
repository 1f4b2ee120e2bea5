package com.example.tiny;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Author {

	@Id
	public Long id;

	public String name;

	public List<Book> books;

	public static void associate(AssociationRegistry registry) {
		registry.model(Author.class).hasMany(Book.class, (a) -> a.as("books"));
		registry.model(Book.class).belongsTo(Author.class, (a) -> a.as("author"));
	}

}
