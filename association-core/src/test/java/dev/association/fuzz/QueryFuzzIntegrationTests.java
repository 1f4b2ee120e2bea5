package dev.association.fuzz;

import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.repository.AssociationRepository;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random finds over the fuzz models, each compared with what {@link FuzzOracle} computes in memory from plain
 * {@code SELECT *} reads. {@code -Dfuzz.cases=N} runs more cases (300 by default), {@code -Dfuzz.seed=S} starts from
 * another seed: case {@code i} is generated from seed {@code S + i}, so a failure replays with
 * {@code -Dfuzz.seed=<its seed> -Dfuzz.cases=1}. A failure is shrunk to the smallest find that still fails.
 */
class QueryFuzzIntegrationTests {

	private static final long DEFAULT_SEED = 1_000_000L;

	private static final int SHRINK_BUDGET = 3000;

	@AllDatabases
	void randomFindsLoadWhatTheInMemoryOracleComputes(TestDatabase db) {
		db.reset();
		if (db.name().equals("mariadb")) {
			assertThat(db.jdbc().queryForObject("SELECT @@collation_database", String.class))
				.as("the oracle models MariaDB's default collation: utf8mb4, case, accents and trailing spaces ignored")
				.startsWith("utf8mb4_")
				.endsWith("_ci")
				.doesNotContain("nopad");
		}
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(FuzzSchema.MODELS.toArray(Class[]::new))
			.build();
		associations.schema().create();
		FuzzData.insert(db, associations);
		FuzzOracle oracle = new FuzzOracle(FuzzData.read(db), db.name());
		long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
		int cases = Integer.getInteger("fuzz.cases", 300);
		int rows = 0;
		int empty = 0;
		for (int i = 0; i < cases; i++) {
			FuzzCase fuzzCase = FuzzGenerator.generate(seed + i);
			String failure = check(db, associations, oracle, fuzzCase);
			if (failure != null) {
				fail(report(db, associations, oracle, seed + i, fuzzCase, failure));
			}
			int loaded = oracle.findAll(fuzzCase).size();
			rows += loaded;
			empty += (loaded == 0) ? 1 : 0;
		}
		System.out.println("association fuzz: " + cases + " cases from seed " + seed + " on " + db.name() + " passed ("
				+ rows + " top-level rows, " + empty + " empty results)");
		assertThat(empty).as("cases with no rows").isLessThan(Math.max(1, cases * 3 / 4));
	}

	/**
	 * Runs one case on the engine and the oracle.
	 * @return null when they agree, else what differs and the SQL the engine ran
	 */
	private static String check(TestDatabase db, Associations associations, FuzzOracle oracle, FuzzCase fuzzCase) {
		AssociationRepository<Object, Object> repository = repository(associations, fuzzCase.root());
		String expected = FuzzGraphs.print(oracle.findAll(fuzzCase));
		db.statements().reset();
		String actual;
		long count = -1;
		try {
			actual = FuzzGraphs.print(FuzzGraphs.of(fuzzCase.root(), repository.findAll(fuzzCase.toFind()),
					fuzzCase.includes()));
			if (fuzzCase.count()) {
				count = repository.count(fuzzCase.toFind());
			}
		}
		catch (RuntimeException ex) {
			return "the engine threw " + ex + sql(db.statements().statements());
		}
		List<String> statements = db.statements().statements();
		if (!expected.equals(actual)) {
			return "expected (oracle):\n" + expected + "but the engine loaded:\n" + actual + sql(statements);
		}
		if (fuzzCase.count() && count != oracle.count(fuzzCase)) {
			return "count: expected " + oracle.count(fuzzCase) + " but the engine counted " + count + sql(statements);
		}
		return null;
	}

	private static String report(TestDatabase db, Associations associations, FuzzOracle oracle, long seed,
			FuzzCase fuzzCase, String failure) {
		FuzzCase smallest = fuzzCase;
		String smallestFailure = failure;
		int budget = SHRINK_BUDGET;
		boolean progress = true;
		while (progress && budget > 0) {
			progress = false;
			for (FuzzCase candidate : smallest.smaller()) {
				if (!candidate.valid() || budget-- <= 0) {
					continue;
				}
				String candidateFailure = check(db, associations, oracle, candidate);
				if (candidateFailure != null) {
					smallest = candidate;
					smallestFailure = candidateFailure;
					progress = true;
					break;
				}
			}
		}
		return "Fuzz case with seed " + seed + " failed on " + db.name() + " (replay: -Dfuzz.seed=" + seed
				+ " -Dfuzz.cases=1).\nSmallest failing case:\n" + smallest.toJava() + "\n" + smallestFailure
				+ "\nOriginal case:\n" + fuzzCase.toJava();
	}

	private static String sql(List<String> statements) {
		return "\nSQL:\n" + String.join("\n", statements);
	}

	@SuppressWarnings("unchecked")
	private static AssociationRepository<Object, Object> repository(Associations associations, Class<?> root) {
		return associations.repository((Class<Object>) root);
	}

}
