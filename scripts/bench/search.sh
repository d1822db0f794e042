#!/usr/bin/env sh
# Times search over 10,000 tasks (ten plans of 1,000 tasks, the SQL of
# src/test/java/org/missionplanner/plan/LargePlan.java, in a throwaway mission of the test
# database): the /search page and GET /api/v1/search for a few queries, RUNS times each
# (default 5) with the SQL statements of one request, then, when wrk is installed, each at 20
# connections for PAGE_SECONDS (default 10) against a 95th percentile of 150 ms. It removes
# everything it created. The report is printed and kept in target/bench/search.txt.
#
#   scripts/bench/search.sh
#   RUNS=20 PAGE_SECONDS=5 scripts/bench/search.sh
set -eu
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-5}"
PAGE_SECONDS="${PAGE_SECONDS:-10}"
mkdir -p target/bench
./mvnw -B -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.runs="$RUNS" -Dbench.seconds="$PAGE_SECONDS" "$@" >target/bench/search-maven.log 2>&1 || {
    echo "The benchmark run failed; see target/bench/search-maven.log and target/surefire-reports/." >&2
    exit 1
}
cat target/bench/search.txt
