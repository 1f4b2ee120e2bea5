package dev.association.dialect;

import java.util.Locale;

/**
 * H2 2.x, the embedded default. Unquoted identifiers fold to upper case unless the database was opened with
 * {@code DATABASE_TO_LOWER=TRUE}.
 */
public final class H2Dialect extends StandardDialect {

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
	public int maxIdentifierLength() {
		return 256;
	}

	@Override
	public int maxParameters() {
		return 10_000;
	}

}
