package dev.association.sql;

import java.util.List;

import dev.association.dialect.BoundList;
import dev.association.dialect.Dialects;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.ValueType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key conditions of reads and writes: one array on PostgreSQL, IN lists chunked under the parameter limit
 * elsewhere, a plain equality for one key.
 */
class KeyConditionsTests {

	private static final List<Object> KEYS = List.of(1L, 2L, 3L, 4L, 5L);

	@Test
	void postgresqlBindsAnyNumberOfKeysAsOneArray() {
		List<SqlFragment> conditions = KeyConditions.of(Dialects.POSTGRESQL, "\"id\"", ValueType.LONG, KEYS,
				Dialects.POSTGRESQL.maxParameters() - 2);
		assertThat(conditions).extracting(SqlFragment::sql).containsExactly("\"id\" IN (SELECT UNNEST(?))");
		assertThat(conditions.get(0).values()).containsExactly(new BoundValue(ValueType.LONG, new BoundList(KEYS)));
	}

	@Test
	void postgresqlChunksKeysOfATypeItDoesNotBindAsAnArray() {
		List<Object> days = List.of(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 2),
				java.time.LocalDate.of(2026, 1, 3));
		List<SqlFragment> conditions = KeyConditions.of(Dialects.POSTGRESQL, "\"day\"", ValueType.LOCAL_DATE, days,
				Dialects.POSTGRESQL.maxParameters() - 2);
		assertThat(conditions).extracting(SqlFragment::sql).containsExactly("\"day\" IN (?, ?)", "\"day\" = ?");
	}

	@Test
	void h2AndMariadbSplitKeysIntoInListsThatFitNextToTheOtherParameters() {
		for (SqlDialect dialect : List.of(Dialects.H2, Dialects.MARIADB)) {
			List<SqlFragment> conditions = KeyConditions.of(dialect, "`id`", ValueType.LONG, KEYS,
					dialect.maxParameters() - 2);
			assertThat(conditions).extracting(SqlFragment::sql)
				.containsExactly("`id` IN (?, ?)", "`id` IN (?, ?)", "`id` = ?");
			assertThat(conditions).flatExtracting(SqlFragment::values)
				.extracting(BoundValue::value)
				.containsExactlyElementsOf(KEYS);
		}
	}

	@Test
	void oneKeyIsAPlainEqualityOnEveryDatabase() {
		for (SqlDialect dialect : List.of(Dialects.H2, Dialects.POSTGRESQL, Dialects.MARIADB)) {
			assertThat(KeyConditions.of(dialect, "t.\"id\"", ValueType.LONG, List.of(7L), 0))
				.containsExactly(new SqlFragment("t.\"id\" = ?", List.of(new BoundValue(ValueType.LONG, 7L))));
			assertThat(KeyConditions.inList(dialect, "t.\"id\"", 1, true)).isEqualTo("t.\"id\" = ?");
		}
	}

	@Test
	void noKeysAreNoStatement() {
		assertThat(KeyConditions.of(Dialects.H2, "\"id\"", ValueType.LONG, List.of(), 0)).isEmpty();
		assertThat(KeyConditions.of(Dialects.POSTGRESQL, "\"id\"", ValueType.LONG, List.of(), 0)).isEmpty();
	}

	@Test
	void aReadLevelsKeysAreOneAnyArrayOnPostgresqlAndOneInListElsewhere() {
		assertThat(KeyConditions.inList(Dialects.POSTGRESQL, "p.\"id\"", 3, true)).isEqualTo("p.\"id\" = ANY(?)");
		assertThat(KeyConditions.inList(Dialects.POSTGRESQL, "p.\"id\"", 3, false)).isEqualTo("p.\"id\" IN (?, ?, ?)");
		assertThat(KeyConditions.inList(Dialects.H2, "p.\"id\"", 3, true)).isEqualTo("p.\"id\" IN (?, ?, ?)");
		assertThat(KeyConditions.inList(Dialects.MARIADB, "p.`id`", 2, true)).isEqualTo("p.`id` IN (?, ?)");
	}

}
