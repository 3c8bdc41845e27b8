#!/usr/bin/env bash
# Benchmark of the retention engine (issue 11, T-4): the inactive-profile sweep removing N
# expired profiles, next to one set-based SQL statement doing the same, in one run against the
# embedded PostgreSQL of the backend tests. Prints the figures and writes them as JSON to
# bench/results/ (git-ignored). It asserts which rows went, never how fast.
#
#   bench/retention-sweep.sh [N]        N expired profiles, default 1000000
#   BENCH_HEAP=2g bench/retention-sweep.sh 10000
#
# BENCH_HEAP (default 1g) is the test JVM's maximum heap; BENCH_BATCH_SIZE overrides the
# engine's batch size (default: the production default of werkbank.retention.batch-size).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../scripts/lib/common.sh
source "$BENCH_DIR/../scripts/lib/common.sh"

n=${1:-1000000}
[[ $n =~ ^[1-9][0-9]*$ ]] || die "N must be a positive whole number, not '$n'"
results="$BENCH_DIR/results"
mkdir -p "$results"
log_file="$results/retention-sweep-mvn.log"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)

java_home
batch_args=()
if [[ -n ${BENCH_BATCH_SIZE:-} ]]; then batch_args=("-Dbench.batch-size=$BENCH_BATCH_SIZE"); fi
log "retention sweep benchmark: N=$n, heap ${BENCH_HEAP:-1g}, $(nproc) processors; Maven log: $log_file"
# The benchmark is tagged "benchmark", which the pom excludes from every other run.
if ! (cd "$BENCH_DIR/../backend" && _without_stack_env mvn -B test \
  -Dtest=RetentionSweepBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtests.excluded-groups= \
  "-DargLine=-Xmx${BENCH_HEAP:-1g}" "-Dbench.n=$n" "-Dbench.results-dir=$results" \
  "-Dbench.cpu=${cpu:-unknown}" "${batch_args[@]}") >"$log_file" 2>&1; then
  tail -n 60 "$log_file" >&2
  die "the benchmark failed (whole log: $log_file)"
fi
cat "$results/retention-sweep-latest.txt"
grep -m 1 '^results: ' "$log_file" || true
