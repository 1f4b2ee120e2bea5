package dev.association.fuzz;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The small pools that data and conditions draw from, so that values repeat: strings with {@code %}, {@code _},
 * spaces and non-ASCII letters (lower case only, so that no database's case folding of non-ASCII letters matters),
 * numbers around zero, timestamps a microsecond apart.
 */
final class FuzzValues {

	static final List<String> STRINGS = List.of("", "a", "A", "ab", "AB", "aB", "a b", "a%b", "a_b", "%", "_", "é",
			"éa", "日本", "ω_ω", "b%", "xyz");

	static final List<Integer> INTS = List.of(-3, 0, 1, 2, 7, 100);

	static final List<Double> DOUBLES = List.of(-1.5, 0.0, 0.25, 2.5, 1000000.0);

	static final List<Instant> INSTANTS = List.of(Instant.parse("1999-12-31T23:59:59.999999Z"),
			Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00.000001Z"),
			Instant.parse("2024-06-15T12:30:45.123456Z"), Instant.parse("2031-03-01T08:00:00Z"));

	private FuzzValues() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A value of the pool, or null one time in {@code nullOneIn}. */
	static <T> T maybe(Random random, List<T> values, int nullOneIn) {
		return (random.nextInt(nullOneIn) == 0) ? null : pick(random, values);
	}

	static Boolean maybeBoolean(Random random, int nullOneIn) {
		return (random.nextInt(nullOneIn) == 0) ? null : random.nextBoolean();
	}

}
