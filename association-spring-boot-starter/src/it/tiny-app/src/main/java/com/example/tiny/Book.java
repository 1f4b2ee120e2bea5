package com.example.tiny;

import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Book {

	@Id
	public Long id;

	public Long authorId;

	public String title;

	public Author author;

}
