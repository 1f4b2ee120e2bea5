package dev.association.benchmarks;

import java.util.Locale;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import dev.association.benchmarks.association.AssociationBlogQueries;
import dev.association.benchmarks.hibernate.HibernateBlogQueries;
import dev.association.benchmarks.jdbc.JdbcBlogQueries;
import org.hibernate.Hibernate;

/**
 * The implementations compared in one run.
 */
public enum Implementation {

	/** Hand-written JDBC: the floor, and the baseline every other result is checked against. */
	JDBC(UnaryOperator.identity()),

	/** {@code association} through its public API. */
	ASSOCIATION(UnaryOperator.identity()),

	/**
	 * {@code association} with paranoid models on the same data ({@code deleted_at} null everywhere): the cost of the
	 * soft-delete filters. Not in the default parameters: {@code -p implementation=association,association_paranoid}.
	 */
	ASSOCIATION_PARANOID(UnaryOperator.identity()),

	/** Hibernate through Spring Data JPA. */
	HIBERNATE(Hibernate::unproxy);

	private final UnaryOperator<Object> unwrap;

	Implementation(UnaryOperator<Object> unwrap) {
		this.unwrap = unwrap;
	}

	/**
	 * The implementation named by a benchmark parameter.
	 * @param name {@code jdbc}, {@code association}, {@code association_paranoid} or {@code hibernate}
	 * @return the implementation
	 */
	public static Implementation of(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	/**
	 * Sets the implementation up on a data source.
	 * @param dataSource the data source
	 * @param users N (W7's user depends on it)
	 * @return the implementation's queries
	 */
	public BlogQueries create(DataSource dataSource, int users) {
		long userId = Workload.pointLookupUserId(users);
		return switch (this) {
			case JDBC -> new JdbcBlogQueries(dataSource, userId);
			case ASSOCIATION -> new AssociationBlogQueries(dataSource, userId);
			case ASSOCIATION_PARANOID -> new AssociationBlogQueries(dataSource, userId, true);
			case HIBERNATE -> new HibernateBlogQueries(dataSource, userId);
		};
	}

	/**
	 * Gives the real object of a result node (Hibernate: unproxied).
	 * @return the unwrapping function
	 */
	public UnaryOperator<Object> unwrap() {
		return this.unwrap;
	}

	/**
	 * The name used in parameters and tables.
	 * @return the lower-case name
	 */
	public String parameterName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
