package dev.association.benchmarks.data;

/**
 * Receives generated rows of one table, in column order.
 */
@FunctionalInterface
interface RowSink {

	/**
	 * Takes one row.
	 * @param values the column values (Long, String, Boolean or Instant)
	 * @throws Exception when the row cannot be written
	 */
	void row(Object... values) throws Exception;

}
