package dev.association.sample.model;

import java.math.BigDecimal;
import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

@Model
public class Product {

	@Id public Long id;
	public String name;
	public BigDecimal price;
	public List<Tag> tags;

	public Product() {
	}

	public Product(String name) {
		this.name = name;
	}

	public static void associate(AssociationRegistry registry) {
		registry.model(Product.class)
			.belongsToMany(Tag.class, a -> a.as("tags").through("item_tags").foreignKey("itemId").otherKey("labelId"));
	}

}
