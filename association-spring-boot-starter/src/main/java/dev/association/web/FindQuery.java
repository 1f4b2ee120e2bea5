package dev.association.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Builds a {@link dev.association.query.Find} handler-method parameter from the request's query parameters:
 * {@code include=posts.comments,profile}, {@code order=-createdAt,username} ({@code -} descending),
 * {@code limit}, {@code offset} and {@code fields=id,username} (top-level attributes). Whatever is not allowed,
 * unknown or malformed is refused with a 400 problem detail ({@link InvalidFindQueryException}) naming the
 * parameter and what is allowed, before anything is queried. Without {@code limit} the find is limited to
 * {@link #maxLimit()}: no request reads an unbounded number of rows.
 * <pre>{@code
 * @GetMapping("/users")
 * List<User> list(@FindQuery(includes = { "posts.comments", "profile" }, orders = { "createdAt", "username" },
 *         maxLimit = 50) Find find) {
 *     return this.users.findAll(find);
 * }
 * }</pre>
 * The model whose attributes {@code fields} may name is {@link #model()}, else the handler method's return type
 * ({@code User}, {@code List<User>}, {@code User[]}, {@code Page<User>}, {@code Optional<User>},
 * {@code ResponseEntity<List<User>>}...).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FindQuery {

	/**
	 * The include paths a request may ask for; a path allows its prefixes ({@code posts.comments} allows
	 * {@code posts}). Empty: no includes.
	 * @return the allowed include paths
	 */
	String[] includes() default {};

	/**
	 * The attributes a request may order by. Empty: no ordering by the client.
	 * @return the allowed order attributes
	 */
	String[] orders() default {};

	/**
	 * The largest {@code limit} a request may ask for, and the limit when it asks for none.
	 * @return the largest limit
	 */
	int maxLimit() default 100;

	/**
	 * The model the find reads, when the handler method's return type does not say it ({@code void.class}: from the
	 * return type).
	 * @return the model class
	 */
	Class<?> model() default void.class;

}
