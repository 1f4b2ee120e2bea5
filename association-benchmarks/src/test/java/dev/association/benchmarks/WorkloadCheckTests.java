package dev.association.benchmarks;

import dev.association.benchmarks.data.BenchmarkDatabase;
import dev.association.benchmarks.data.DatabaseKind;

/**
 * The benchmark's correctness check on the H2 quick mode (in memory, N = 120).
 */
class WorkloadCheckTests extends WorkloadChecks {

	@Override
	BenchmarkDatabase open() throws Exception {
		return BenchmarkDatabase.open(DatabaseKind.H2, USERS);
	}

}
