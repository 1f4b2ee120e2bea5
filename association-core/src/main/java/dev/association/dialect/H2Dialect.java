package dev.association.dialect;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * H2 2.x, the embedded default. Unquoted identifiers fold to upper case unless the database was opened with
 * {@code DATABASE_TO_LOWER=TRUE}.
 */
final class H2Dialect extends StandardDialect {

	private final boolean upperCase;

	/**
	 * A dialect for an H2 database.
	 * @param upperCase whether the database folds unquoted identifiers to upper case (its default)
	 */
	public H2Dialect(boolean upperCase) {
		this.upperCase = upperCase;
	}

	@Override
	public String name() {
		return "h2";
	}

	@Override
	protected String fold(String identifier) {
		return this.upperCase ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT);
	}

	@Override
	protected String bytesType() {
		return "VARBINARY";
	}

	@Override
	public String insertIgnoringDuplicates(String table, List<String> columns, List<String> keyColumns) {
		// H2 has no ON CONFLICT outside its compatibility modes; MERGE ... KEY waits for a concurrent insert of the
		// same key, then updates that row with the same values instead of failing
		return "MERGE INTO " + table + " (" + quoted(columns) + ") KEY (" + quoted(keyColumns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
	}

	@Override
	public String iLike(String column) {
		// not ILIKE: H2 2.4 rewrites "ILIKE ?" bound to '' inside a derived table (top-level limit with a joined
		// to-many, per-parent limit) into a cast to VARCHAR_IGNORECASE(0) and fails with "Invalid value 0"
		return "LOWER(" + column + ") LIKE LOWER(?)";
	}

	@Override
	public int maxIdentifierLength() {
		return 256;
	}

	@Override
	public int maxParameters() {
		return 10_000;
	}

}
