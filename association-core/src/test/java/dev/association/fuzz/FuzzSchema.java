package dev.association.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle's own description of the fuzz models: attributes in declaration order and what each association
 * means, written down independently of the engine's metadata.
 */
final class FuzzSchema {

	static final List<Class<?>> MODELS = List.of(FuzzUser.class, FuzzProfile.class, FuzzPost.class,
			FuzzComment.class, FuzzTag.class, FuzzPostTag.class);

	static final Map<Class<?>, ModelDef> DEFS = new LinkedHashMap<>();

	static {
		define(FuzzUser.class, "fz_users", List.of(attr("id", Kind.LONG), attr("name", Kind.STRING),
				attr("score", Kind.INT), attr("active", Kind.BOOL), attr("joinedAt", Kind.INSTANT),
				attr("managerId", Kind.LONG)), null,
				hasOne("profile", FuzzProfile.class, "userId"), hasMany("posts", FuzzPost.class, "authorId", null),
				hasMany("publishedPosts", FuzzPost.class, "authorId", Map.of("published", true)),
				belongsTo("manager", FuzzUser.class, "managerId"),
				hasMany("reports", FuzzUser.class, "managerId", null));
		define(FuzzProfile.class, "fz_profiles", List.of(attr("id", Kind.LONG), attr("userId", Kind.LONG),
				attr("bio", Kind.STRING), attr("level", Kind.INT)), null, belongsTo("user", FuzzUser.class, "userId"));
		define(FuzzPost.class, "fz_posts", List.of(attr("id", Kind.LONG), attr("authorId", Kind.LONG),
				attr("title", Kind.STRING), attr("published", Kind.BOOL), attr("likes", Kind.INT),
				attr("rating", Kind.DOUBLE), attr("postedAt", Kind.INSTANT)), "postTag",
				belongsTo("author", FuzzUser.class, "authorId"), hasMany("comments", FuzzComment.class, "postId", null),
				belongsToMany("tags", FuzzTag.class, "postId", "tagId"));
		define(FuzzComment.class, "fz_comments", List.of(attr("id", Kind.LONG), attr("postId", Kind.LONG),
				attr("commenterId", Kind.LONG), attr("body", Kind.STRING), attr("stars", Kind.INT),
				attr("flagged", Kind.BOOL)), null, belongsTo("post", FuzzPost.class, "postId"),
				belongsTo("commenter", FuzzUser.class, "commenterId"));
		define(FuzzTag.class, "fz_tags", List.of(attr("id", Kind.LONG), attr("label", Kind.STRING),
				attr("weight", Kind.DOUBLE)), "postTag", belongsToMany("posts", FuzzPost.class, "tagId", "postId"));
		define(FuzzPostTag.class, "fz_post_tags", List.of(attr("id", Kind.LONG), attr("postId", Kind.LONG),
				attr("tagId", Kind.LONG), attr("note", Kind.STRING), attr("position", Kind.INT),
				attr("hidden", Kind.BOOL)), null);
	}

	private FuzzSchema() {
	}

	static ModelDef def(Class<?> type) {
		return DEFS.get(type);
	}

	private static void define(Class<?> type, String table, List<AttributeDef> attributes, String joinField,
			AssociationDef... associations) {
		Map<String, AssociationDef> byAlias = new LinkedHashMap<>();
		for (AssociationDef association : associations) {
			byAlias.put(association.alias(), association);
		}
		DEFS.put(type, new ModelDef(type, table, attributes, byAlias, joinField));
	}

	private static AttributeDef attr(String name, Kind kind) {
		return new AttributeDef(name, kind, name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
	}

	private static AssociationDef hasOne(String alias, Class<?> target, String foreignKey) {
		return new AssociationDef(alias, Type.HAS_ONE, target, foreignKey, null, Map.of());
	}

	private static AssociationDef hasMany(String alias, Class<?> target, String foreignKey, Map<String, Object> scope) {
		return new AssociationDef(alias, Type.HAS_MANY, target, foreignKey, null, (scope != null) ? scope : Map.of());
	}

	private static AssociationDef belongsTo(String alias, Class<?> target, String foreignKey) {
		return new AssociationDef(alias, Type.BELONGS_TO, target, foreignKey, null, Map.of());
	}

	private static AssociationDef belongsToMany(String alias, Class<?> target, String foreignKey, String otherKey) {
		return new AssociationDef(alias, Type.BELONGS_TO_MANY, target, foreignKey, otherKey, Map.of("hidden", false));
	}

	enum Kind {

		LONG, INT, DOUBLE, BOOL, STRING, INSTANT

	}

	enum Type {

		HAS_ONE, HAS_MANY, BELONGS_TO, BELONGS_TO_MANY;

		boolean toMany() {
			return this == HAS_MANY || this == BELONGS_TO_MANY;
		}

	}

	record AttributeDef(String name, Kind kind, String column) {
	}

	/**
	 * One association; {@code scope} holds the target's scope, or for belongsToMany the join row's through scope.
	 */
	record AssociationDef(String alias, Type type, Class<?> target, String foreignKey, String otherKey,
			Map<String, Object> scope) {
	}

	record ModelDef(Class<?> type, String table, List<AttributeDef> attributes,
			Map<String, AssociationDef> associations, String joinField) {

		AttributeDef attribute(String name) {
			return this.attributes.stream().filter((a) -> a.name().equals(name)).findFirst().orElseThrow();
		}

	}

}
