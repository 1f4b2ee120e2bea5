package dev.association.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how an attribute maps to its column.
 * <pre>{@code @Column(name = "user_name", nullable = false, unique = true) String username;}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {

	/**
	 * The column name; empty means the snake_case of the field name.
	 * @return the column name
	 */
	String name() default "";

	/**
	 * Whether the column accepts null (primitive fields never do).
	 * @return true when null is allowed
	 */
	boolean nullable() default true;

	/**
	 * Whether a unique constraint covers the column.
	 * @return true for a unique column
	 */
	boolean unique() default false;

	/**
	 * The length of a string column.
	 * @return the maximum length
	 */
	int length() default 255;

}
