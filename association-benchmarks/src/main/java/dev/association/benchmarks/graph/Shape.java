package dev.association.benchmarks.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workload's result holds: the attributes of each node and the included associations, by field name. The
 * canonical form of a result follows the shape and nothing else, so an implementation that loads more than asked
 * is not penalised, and one that loads less (or leaves a collection unloaded) is caught.
 * @param attributes the attribute field names compared on this node
 * @param associations the included associations: field name to the shape of the associated node(s)
 */
public record Shape(List<String> attributes, Map<String, Shape> associations) {

	/** A user's attributes. */
	public static final Shape USER = of("id", "username", "email", "createdAt");

	/** A profile's attributes. */
	public static final Shape PROFILE = of("id", "userId", "bio");

	/** A post's attributes. */
	public static final Shape POST = of("id", "authorId", "title", "body", "published", "createdAt");

	/** A comment's attributes. */
	public static final Shape COMMENT = of("id", "postId", "commenterId", "body", "createdAt");

	/** A role's attributes. */
	public static final Shape ROLE = of("id", "name");

	/** A tag's attributes. */
	public static final Shape TAG = of("id", "name");

	/**
	 * A node with attributes and no associations.
	 * @param attributes the attribute field names
	 * @return the shape
	 */
	public static Shape of(String... attributes) {
		return new Shape(List.of(attributes), Map.of());
	}

	/**
	 * This shape with one more included association.
	 * @param field the association field
	 * @param shape the associated node's shape
	 * @return a new shape
	 */
	public Shape with(String field, Shape shape) {
		Map<String, Shape> all = new LinkedHashMap<>(this.associations);
		all.put(field, shape);
		return new Shape(this.attributes, all);
	}

}
