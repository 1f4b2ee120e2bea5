package dev.association.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a model: one table, one row per instance. The class needs a no-arg constructor of any
 * visibility; its fields of any visibility are its attributes.
 * <pre>{@code @Model(table = "users") public class User { @Id Long id; String username; }}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {

	/**
	 * The table name; empty means the snake_case plural of the class name ({@code UserProject} -> {@code user_projects}).
	 * @return the table name
	 */
	String table() default "";

	/**
	 * The schema the table lives in (a PostgreSQL schema, a MariaDB/MySQL database, an H2 schema), quoted apart
	 * from the table name; empty means the connection's current schema. A join table defined by
	 * {@code through("name")} lives in the schema of the model whose association defines it.
	 * <pre>{@code @Model(schema = "billing", table = "invoices")}</pre>
	 * @return the schema name
	 */
	String schema() default "";

	/**
	 * Whether rows are soft-deleted: {@code destroy} sets the {@code deletedAt} attribute (an Instant,
	 * OffsetDateTime or LocalDateTime field, a nullable column) instead of deleting, and every read skips rows whose
	 * {@code deletedAt} is set.
	 * <pre>{@code @Model(table = "posts", paranoid = true)}</pre>
	 * @return true for soft deletes
	 */
	boolean paranoid() default false;

}
