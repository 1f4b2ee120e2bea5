package dev.association.query;

import org.springframework.util.Assert;

/**
 * One order-by entry: an attribute (or a to-one path such as {@code "profile.bio"}) and a direction.
 * @param path the attribute name or dotted to-one path
 * @param direction the direction
 */
public record Sort(String path, Order direction) {

	public Sort {
		Assert.hasText(path, "Order attribute must not be empty");
		Assert.notNull(direction, "Order direction must not be null");
	}

}
