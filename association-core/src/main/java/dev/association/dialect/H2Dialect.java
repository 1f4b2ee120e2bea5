package dev.association.dialect;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.association.metadata.Attribute;
import dev.association.metadata.ValueType;
import org.jspecify.annotations.Nullable;

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
	public String upsert(String table, List<Attribute> columns, List<Attribute> conflict, List<Attribute> updated,
			List<Attribute> returned) {
		// MERGE ... KEY would overwrite every column, createdAt too: the standard MERGE updates only what it names,
		// and FINAL TABLE returns the row written, inserted or updated
		String values = columns.stream()
			.map((attribute) -> "CAST(? AS " + castType(attribute) + ")")
			.collect(Collectors.joining(", "));
		String on = conflict.stream()
			.map((attribute) -> "t." + quote(attribute.column()) + " = s." + quote(attribute.column()))
			.collect(Collectors.joining(" AND "));
		String update = " WHEN MATCHED THEN UPDATE SET "
				+ assignments(updated.isEmpty() ? conflict.subList(0, 1) : updated, "s.%s");
		String inserted = columns.stream()
			.map((attribute) -> "s." + quote(attribute.column()))
			.collect(Collectors.joining(", "));
		return "SELECT " + quoted(names(returned)) + " FROM FINAL TABLE (MERGE INTO " + table + " t USING (VALUES ("
				+ values + ")) s (" + quoted(names(columns)) + ") ON " + on + update
				+ " WHEN NOT MATCHED THEN INSERT (" + quoted(names(columns)) + ") VALUES (" + inserted + "))";
	}

	private String castType(Attribute attribute) {
		return (attribute.valueType() == ValueType.ENUM || attribute.valueType() == ValueType.STRING)
				? "VARCHAR(" + attribute.length() + ")" : columnType(attribute);
	}

	@Override
	public @Nullable String updateReturning(String update, List<Attribute> returned) {
		return "SELECT " + quoted(names(returned)) + " FROM FINAL TABLE (" + update + ")";
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
