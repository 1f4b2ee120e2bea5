#!/usr/bin/env bash
# Runs the benchmark suite and writes RESULTS.md.
#
#   ./run.sh                 full suite on PostgreSQL (127.0.0.1:5432/association_bench, N = 10,000 users):
#                              1. steady state: W1-W7, jdbc / association / hibernate, time, -prof gc, statements
#                              2. cold: W1-W7, jdbc / association, single calls after 50 warm-up calls
#                              3. scaling: W3 over 100, 1,000, 10,000 users, on PostgreSQL and MariaDB (H2: 100, 1,000)
#                              4. streaming: every user with its posts, stream against findAll
#                              5. multilevel: W8, 50 posts -> comments -> votes -> voter, and tags, on PostgreSQL and H2
#                              6. per database: the steady-state run on H2 and on MariaDB (N = 10,000)
#   ./run.sh --quick         quick mode (under 2 minutes): H2 in memory, N = 1,000, jdbc and association, short
#                            iterations; the table goes to results/RESULTS-h2.md
#   ./run.sh [--quick] ARGS  extra JMH arguments for the steady-state run, e.g. -p implementation=jdbc,hibernate or
#                            a benchmark regex
#
# BENCH_ITERATIONS replaces the steady-state iteration settings "-f 2 -wi 4 -w 1s -i 5 -r 2s";
# BENCH_SECTIONS chooses the sections of a full run (default "steady cold scaling streaming multilevel databases").
# Connection overrides: ASSOCIATION_BENCH_URL, ASSOCIATION_BENCH_USER, ASSOCIATION_BENCH_PASSWORD (PostgreSQL);
# ASSOCIATION_BENCH_MARIADB_URL, ASSOCIATION_BENCH_MARIADB_USER, ASSOCIATION_BENCH_MARIADB_PASSWORD (MariaDB,
# default jdbc:mariadb://127.0.0.1:3306/association_bench, user root).
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
log="results/jmh-$stamp.log"
url="${ASSOCIATION_BENCH_URL:-jdbc:postgresql://127.0.0.1:5432/association_bench}"
mariadb_url="${ASSOCIATION_BENCH_MARIADB_URL:-jdbc:mariadb://127.0.0.1:3306/association_bench}"
per_database="h2 mariadb"

# the data sets live in their own databases: create them on the loopback servers when they are missing
database_of() {
	local name="${1##*/}"
	echo "${name%%\?*}"
}
if ! $quick; then
	postgres_database="$(database_of "$url")"
	if [[ "$url" == jdbc:postgresql://127.0.0.1:5432/* ]] && command -v psql >/dev/null \
		&& ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$postgres_database'" | grep -q 1; then
		psql -h 127.0.0.1 -U postgres -qc "create database $postgres_database"
	fi
	if [[ "$mariadb_url" == jdbc:mariadb://127.0.0.1:3306/* ]] && command -v mariadb >/dev/null; then
		mariadb -h 127.0.0.1 -uroot -e "create database if not exists $(database_of "$mariadb_url")"
	fi
fi
heap="-Xms2g -Xmx2g"

# jmh NAME ARGS...: one JMH run writing results/NAME-$stamp.json, logged; fails the script when JMH fails
jmh() {
	local name="$1"
	shift
	local status
	set +e
	java -jar "$jar" "$@" -foe true -rf json -rff "results/$name-$stamp.json" 2>&1 | tee -a "$log"
	status=${PIPESTATUS[0]}
	set -e
	if [[ $status -ne 0 ]]; then
		echo "The benchmark run '$name' failed (exit $status): see $log" >&2
		exit "$status"
	fi
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)
if $quick; then
	iterations="${BENCH_ITERATIONS:--f 1 -wi 1 -w 1s -i 1 -r 1s}"
	sections="steady"
	output="results/RESULTS-h2.md"
	where="H2 2.x in memory (quick mode), N = 1,000 users, generated at each trial set-up"
	# shellcheck disable=SC2086
	jmh steady EagerLoadingBenchmark $iterations -prof gc -p database=h2 -p users=1000 \
		-p implementation=jdbc,association -jvmArgsAppend "$heap -Dbench.statements=$module/results/statements-$stamp.tsv" "$@"
else
	iterations="${BENCH_ITERATIONS:--f 2 -wi 4 -w 1s -i 5 -r 2s}"
	sections="${BENCH_SECTIONS:-steady cold scaling streaming multilevel databases}"
	output="RESULTS.md"
	where="PostgreSQL on loopback (${url#jdbc:postgresql://}), N = 10,000 users"
	for section in $sections; do
		case "$section" in
			steady)
				# shellcheck disable=SC2086
				jmh steady EagerLoadingBenchmark $iterations -prof gc \
					-jvmArgsAppend "$heap -Dbench.statements=$module/results/statements-$stamp.tsv" "$@" ;;
			cold)
				# five JVMs per trial: one JVM's median depends on whether the JIT compiles while it is measured
				jmh cold EagerLoadingBenchmark -bm ss -f 5 -wi 50 -i 30 -prof gc -p implementation=jdbc,association \
					-jvmArgsAppend "$heap" ;;
			scaling)
				# shellcheck disable=SC2086
				jmh scaling ScalingBenchmark $iterations -p database=postgres,mariadb -jvmArgsAppend "$heap"
				# H2 up to 1,000 users: at 10,000 (100,000 post keys) one call of the floor takes about a minute
				# shellcheck disable=SC2086
				jmh scaling-h2 ScalingBenchmark $iterations -p database=h2 -p rootUsers=100,1000 -jvmArgsAppend "$heap" ;;
			streaming)
				# shellcheck disable=SC2086
				jmh streaming StreamingBenchmark $iterations -prof gc -jvmArgsAppend "$heap" ;;
			multilevel)
				# shellcheck disable=SC2086
				jmh multilevel MultilevelBenchmark $iterations -prof gc -p database=postgres,h2 \
					-jvmArgsAppend "$heap -Dbench.statements=$module/results/statements-multilevel-$stamp.tsv" ;;
			databases)
				for database in $per_database; do
					# shellcheck disable=SC2086
					jmh "databases-$database" EagerLoadingBenchmark $iterations -prof gc -p database="$database" \
						-p implementation=jdbc,association \
						-jvmArgsAppend "$heap -Dbench.statements=$module/results/statements-$database-$stamp.tsv"
				done ;;
			*) echo "Unknown section '$section'" >&2; exit 2 ;;
		esac
	done
fi
elapsed=$(( $(date +%s) - started ))
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
memory="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
jdk="$(java -version 2>&1 | head -1)"
mariadb="$(mysql -h 127.0.0.1 -u root -N -e 'select version()' 2>/dev/null || echo unknown)"
postgres="$(psql -h 127.0.0.1 -U postgres -d "$(database_of "$url")" -tA -c 'show server_version' 2>/dev/null || echo unknown)"
generated="reused the stored data set"
if grep -q 'Generated the data set' "$log"; then
	generated="generated the data set in this run ($(grep -m1 'Generated the data set' "$log" | sed 's/.* in //'))"
fi
table() {
	java -cp "$jar" "$@"
}
has() {
	[[ " $sections " == *" $1 "* ]]
}

{
	echo "# Benchmark results"
	echo
	echo "\`association\` against hand-written JDBC (the floor) and Hibernate, one run of \`association-benchmarks/run.sh\`$($quick && echo ' --quick')."
	echo
	echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- Machine: $(nproc) cores, $memory, $cpu"
	echo "- JDK: $jdk; PostgreSQL $postgres$( (has scaling || has databases) && echo "; MariaDB $mariadb")"
	echo "- Database: $where; $generated"
	echo "- Load average (1/5/15 min): $load_before before, $load_after after (the machine is shared: numbers taken under load are noisy)"
	echo "- JMH: \`$iterations\`${*:+ plus \`$*\`}; average time per operation, median of the measurement iterations; error is JMH's 99.9% confidence half-width of the mean; whole run $((elapsed / 60)) min $((elapsed % 60)) s"
	echo "- Every trial checked its graph against the JDBC baseline's before timing (same rows, same values); statements per operation counted on the data source in that pass"
	if has steady; then
		echo
		echo "## Steady state"
		echo
		table dev.association.benchmarks.report.ResultsTable "results/steady-$stamp.json" "results/statements-$stamp.tsv" steady
	fi
	if has cold; then
		echo
		echo "## Cold: single calls after 50 warm-up calls"
		echo
		echo "JMH single-shot mode (\`-bm ss -f 5 -wi 50 -i 30\`), five new JVMs per trial: each measured call follows the trial's set-up and 50 warm-up calls; the median is over the 150 calls of the five JVMs."
		echo
		table dev.association.benchmarks.report.ResultsTable "results/cold-$stamp.json" "results/statements-$stamp.tsv" cold
	fi
	if has scaling; then
		echo
		echo "## Scaling: W3 over 100, 1,000 and 10,000 users"
		echo
		echo "PostgreSQL and MariaDB; H2 up to 1,000 users (at 10,000, with 100,000 post keys, one call of the hand-written floor takes about a minute on H2)."
		echo
		table dev.association.benchmarks.report.RunTables scaling "results/scaling-$stamp.json" \
			"results/scaling-h2-$stamp.json"
	fi
	if has streaming; then
		echo
		echo "## Streaming: every user with its posts"
		echo
		table dev.association.benchmarks.report.RunTables streaming "results/streaming-$stamp.json"
	fi
	if has multilevel; then
		echo
		echo "## Multilevel: 50 posts -> comments -> votes -> voter, and tags (W8)"
		echo
		echo "The shape of Vlad Mihalcea's high-performance-spring-persistence demo; its published figures (his machine, for context only): JdbcTemplate in 2 queries 5.35 ms, jOOQ 6.82, Spring Data JDBC single query 6.86, JPA JOIN FETCH 7.94, Blaze MULTISET 8.02, jOOQ MULTISET 23.6 ms."
		echo
		table dev.association.benchmarks.report.RunTables multilevel "results/multilevel-$stamp.json" \
			"results/statements-multilevel-$stamp.tsv"
	fi
	if has databases; then
		for database in $per_database; do
			echo
			case "$database" in
				h2) echo "## H2 (in memory, N = 10,000)" ;;
				mariadb) echo "## MariaDB (loopback, ${mariadb_url#jdbc:mariadb://}, N = 10,000)" ;;
			esac
			echo
			table dev.association.benchmarks.report.ResultsTable "results/databases-$database-$stamp.json" \
				"results/statements-$database-$stamp.tsv" steady
		done
	fi
} > "$output"
echo
echo "Wrote $module/$output"

# the README shows the latest full run: replace what is between its results markers
if ! $quick && [[ "$sections" == "steady cold scaling streaming multilevel databases" ]] && grep -q '<!-- results:start -->' README.md; then
	awk -v results="$output" '
		/<!-- results:start -->/ { print; while ((getline line < results) > 0) { if (line !~ /^# /) print line }; skip = 1; next }
		/<!-- results:end -->/ { skip = 0 }
		!skip { print }
	' README.md > README.md.new && mv README.md.new README.md
	echo "Updated $module/README.md"
fi
