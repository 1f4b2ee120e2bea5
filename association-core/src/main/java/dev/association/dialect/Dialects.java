package dev.association.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationException;
import dev.association.Dialect;

/**
 * The engine's dialects: one per database, by name, detected from a connection.
 * <pre>{@code Associations.builder().dataSource(dataSource).dialect(Dialects.POSTGRESQL)}</pre>
 */
public final class Dialects {

	/** H2 2.x. */
	public static final SqlDialect H2 = new H2Dialect(true);

	/** PostgreSQL 15+. */
	public static final SqlDialect POSTGRESQL = new PostgresDialect();

	/** MariaDB 10.11+ and MySQL 8. */
	public static final SqlDialect MARIADB = new MariaDbDialect();

	private Dialects() {
	}

	/**
	 * The dialect named by {@code association.dialect}: {@code h2}, {@code postgresql}, {@code mariadb} or
	 * {@code mysql}.
	 * @param name the name
	 * @return the dialect
	 */
	public static SqlDialect named(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "h2" -> H2;
			case "postgresql", "postgres" -> POSTGRESQL;
			case "mariadb", "mysql" -> MARIADB;
			default -> throw new AssociationDefinitionException(
					"Unknown dialect '" + name + "'. Dialects: h2, postgresql, mariadb, mysql.");
		};
	}

	/**
	 * The dialect of the database behind a data source, from its metadata.
	 * @param dataSource the data source
	 * @return the dialect
	 */
	public static SqlDialect detect(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
			if (product.contains("h2")) {
				return metaData.storesUpperCaseIdentifiers() ? H2 : new H2Dialect(false);
			}
			if (product.contains("postgres")) {
				return POSTGRESQL;
			}
			if (product.contains("mariadb") || product.contains("mysql")) {
				return MARIADB;
			}
			throw new AssociationDefinitionException("No dialect for database '" + metaData.getDatabaseProductName()
					+ "'. Dialects: h2, postgresql, mariadb, mysql.");
		}
		catch (SQLException ex) {
			throw new AssociationException("Cannot detect the dialect: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The engine's form of a dialect given to {@code Associations.builder().dialect(...)}.
	 * @param dialect the dialect
	 * @return the same dialect, as the engine uses it
	 * @throws AssociationDefinitionException when it is not one of the engine's dialects
	 */
	public static SqlDialect of(Dialect dialect) {
		if (dialect instanceof SqlDialect engineDialect) {
			return engineDialect;
		}
		throw new AssociationDefinitionException("Dialect '" + dialect.name() + "' ("
				+ dialect.getClass().getName() + ") does not implement " + SqlDialect.class.getName()
				+ ". Dialects: h2, postgresql, mariadb, mysql.");
	}

}
