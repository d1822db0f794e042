#!/usr/bin/env sh
# Times each view of a large plan (50 objectives, 200 results, 400 indicators, 1,000 tasks) over
# real HTTP: outline, matrix, timeline, coherence, monitoring, risks, PDF and XLSX exports.
# Starts the application on a random port against the test database (as the tests do), loads the
# plan with the SQL of src/test/java/org/missionplanner/plan/LargePlan.java, signs in as a viewer
# of the plan's mission, requests every view once to warm up, once counting SQL statements, then
# RUNS more times (default 5); then, when wrk is installed, puts each page under load at 20
# connections for PAGE_SECONDS (default 10) and prints every figure beside its target. It removes
# everything it created.
# The report is printed and kept in target/bench/plan-views.txt.
#
#   scripts/bench/plan-views.sh            # 5 timed runs per view
#   RUNS=20 scripts/bench/plan-views.sh
set -eu
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-5}"
PAGE_SECONDS="${PAGE_SECONDS:-10}"
mkdir -p target/bench
./mvnw -B -q test -Dtest=PlanViewsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.runs="$RUNS" -Dbench.seconds="$PAGE_SECONDS" "$@" >target/bench/maven.log 2>&1 || {
    echo "The benchmark run failed; see target/bench/maven.log and target/surefire-reports/." >&2
    exit 1
}
cat target/bench/plan-views.txt
