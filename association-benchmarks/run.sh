#!/usr/bin/env bash
# Runs the eager-loading benchmark suite and writes RESULTS.md (median, error, ratio to JDBC, statements/op, bytes/op).
#
#   ./run.sh                 full suite on PostgreSQL (127.0.0.1:5432/association_bench, N = 10,000 users)
#   ./run.sh --quick         quick mode on in-memory H2 (N = 1,000), table written to results/RESULTS-h2.md
#   ./run.sh [--quick] ARGS  extra JMH arguments, e.g. -p implementation=jdbc,hibernate or a benchmark regex
#
# BENCH_ITERATIONS replaces the default iteration settings "-f 1 -wi 5 -w 2s -i 5 -r 2s" (for short trial runs).
# Connection overrides: ASSOCIATION_BENCH_URL, ASSOCIATION_BENCH_USER, ASSOCIATION_BENCH_PASSWORD.
set -euo pipefail

module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$module")"
cd "$module"

quick=false
if [[ "${1:-}" == "--quick" ]]; then
	quick=true
	shift
fi

jar="$module/target/benchmarks.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(find "$module/src" "$module/pom.xml" "$root/association-core/src" "$root/pom.xml" -newer "$jar" -type f -print -quit)" ]]; then
	echo "Building $jar"
	(cd "$root" && mvn -q -pl association-benchmarks -am package -DskipTests)
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p results
json="results/jmh-$stamp.json"
statements="results/statements-$stamp.tsv"
log="results/jmh-$stamp.log"
if $quick; then
	database=(-p database=h2 -p users=1000)
	output="results/RESULTS-h2.md"
	where="H2 2.x in memory (quick mode), N = 1,000 users, generated at each trial set-up"
else
	database=()
	output="RESULTS.md"
	where="PostgreSQL on loopback (127.0.0.1:5432/association_bench), N = 10,000 users"
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)
iterations="${BENCH_ITERATIONS:--f 1 -wi 5 -w 2s -i 5 -r 2s}"
# shellcheck disable=SC2086
java -jar "$jar" EagerLoadingBenchmark \
	$iterations -foe true -prof gc \
	-rf json -rff "$json" \
	-jvmArgsAppend "-Xms2g -Xmx2g -Dbench.statements=$module/$statements" \
	"${database[@]}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
elapsed=$(( $(date +%s) - started ))
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ $status -ne 0 ]]; then
	echo "The benchmark run failed (exit $status): see $log" >&2
	exit "$status"
fi

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
memory="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
jdk="$(java -version 2>&1 | head -1)"
postgres="$(psql -h 127.0.0.1 -U postgres -d association_bench -tA -c 'show server_version' 2>/dev/null || echo unknown)"
generated="reused the stored data set"
if grep -q 'Generated the data set' "$log"; then
	generated="generated the data set in this run ($(grep -m1 'Generated the data set' "$log" | sed 's/.* in //'))"
fi

{
	echo "# Benchmark results"
	echo
	echo "Eager loading, \`association\` against hand-written JDBC and Hibernate, one JMH run (\`association-benchmarks/run.sh\`)."
	echo
	echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- Machine: $(nproc) cores, $memory, $cpu"
	echo "- JDK: $jdk; PostgreSQL $postgres"
	echo "- Database: $where; $generated"
	echo "- Load average (1/5/15 min): $load_before before, $load_after after (the machine is shared: numbers taken under load are noisy)"
	echo "- JMH: \`$iterations -prof gc\`${*:+ plus \`$*\`}; average time per operation, median of the measurement iterations; error is JMH's 99.9% confidence half-width of the mean; whole run $((elapsed / 60)) min $((elapsed % 60)) s"
	echo "- Every trial checked its graph against the JDBC baseline's before timing (same rows, same values); statements per operation counted on the data source in that pass"
	echo
	java -cp "$jar" dev.association.benchmarks.report.ResultsTable "$json" "$statements"
} > "$output"
echo
echo "Wrote $module/$output"

# the README shows the latest full run: replace what is between its results markers
if ! $quick && grep -q '<!-- results:start -->' README.md; then
	awk -v results="$output" '
		/<!-- results:start -->/ { print; while ((getline line < results) > 0) { if (line !~ /^# /) print line }; skip = 1; next }
		/<!-- results:end -->/ { skip = 0 }
		!skip { print }
	' README.md > README.md.new && mv README.md.new README.md
	echo "Updated $module/README.md"
fi
