package dev.association.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Reads one column of the current row into an attribute's Java type. Chosen once per attribute at startup.
 */
@FunctionalInterface
public interface ColumnReader {

	/**
	 * Reads the column.
	 * @param resultSet the result set, on a row
	 * @param index the column index
	 * @return the value, or null for SQL NULL
	 * @throws SQLException on a driver error
	 */
	@Nullable Object read(ResultSet resultSet, int index) throws SQLException;

}
