#!/usr/bin/env sh
# Issue 12's targets in one run, each figure printed beside its target (met / MISSED).
#
# 1. PlanViewsBenchmark (in the test JVM, on the tests' fresh throwaway database): loads a plan of
#    50 objectives, 200 results, 400 indicators and 1,000 tasks (the SQL of
#    src/test/java/org/missionplanner/plan/LargePlan.java), starts the application on a random port,
#    signs in as a viewer of the plan's mission and requests each view (outline, matrix, timeline,
#    coherence, monitoring, task list, risks, PDF and XLSX) once to warm up, once counting SQL
#    statements, then RUNS more times (default 5); then, when wrk is installed, puts each page under
#    load at 20 connections for PAGE_SECONDS (default 10): the floor, the mission list, the demo
#    plan's pages and the six views of the large plan.
# 2. PackagedApplicationBenchmark: builds the jar (./mvnw package -DskipTests) unless NO_PACKAGE=1,
#    starts it as users run it (java -Xmx512m -jar) on a fresh database of its own, loads the
#    1,000-task plan and a 2,000-task plan with 4,000-character descriptions, starts it again
#    (start-up against an existing database), then times EDITS (default 50) task writes of each
#    kind (API and htmx, edit and add), USERS (default 50) signed-in users browsing the six views
#    for USER_SECONDS (default 60), and 4 concurrent PDF exports of the 2,000-task plan.
#
# Everything it creates is removed at the end (both databases are dropped). The report is printed
# and kept in target/bench/plan-views.txt and target/bench/packaged-app.txt; the packaged
# application's logs in target/bench/app/. The run is bounded: the build, the start-ups (the test
# context's, the jar's twice), 15 pages x PAGE_SECONDS, 4 x (10 + EDITS) writes, USER_SECONDS and
# the exports (each at most 5 minutes). Every other size and duration is a -Dbench.* property (see
# README, "Benchmarks"), passed as extra arguments.
#
#   scripts/bench/plan-views.sh
#   RUNS=3 PAGE_SECONDS=3 USER_SECONDS=20 scripts/bench/plan-views.sh
#   ONLY=views scripts/bench/plan-views.sh      # only PlanViewsBenchmark (ONLY=packaged: only the jar)
set -eu
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-5}"
PAGE_SECONDS="${PAGE_SECONDS:-10}"
EDITS="${EDITS:-50}"
USERS="${USERS:-50}"
USER_SECONDS="${USER_SECONDS:-60}"
ONLY="${ONLY:-}"
case "$ONLY" in
    views) TESTS=PlanViewsBenchmark ;;
    packaged) TESTS=PackagedApplicationBenchmark ;;
    *) TESTS=PlanViewsBenchmark,PackagedApplicationBenchmark ;;
esac
mkdir -p target/bench
rm -f target/bench/plan-views.txt target/bench/packaged-app.txt
if [ "$TESTS" != PlanViewsBenchmark ] && [ "${NO_PACKAGE:-}" != 1 ]; then
    ./mvnw -B -q -ntp package -DskipTests -Djacoco.skip=true >target/bench/package.log 2>&1 || {
        echo "Building the jar failed; see target/bench/package.log." >&2
        exit 1
    }
fi
status=0
./mvnw -B -q test -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.runs="$RUNS" -Dbench.seconds="$PAGE_SECONDS" -Dbench.edits="$EDITS" -Dbench.users="$USERS" \
    -Dbench.users.seconds="$USER_SECONDS" "$@" >target/bench/maven.log 2>&1 || status=$?
for report in target/bench/plan-views.txt target/bench/packaged-app.txt; do
    if [ -f "$report" ]; then
        cat "$report"
    fi
done
if [ "$status" -ne 0 ]; then
    echo "The benchmark run failed; see target/bench/maven.log and target/surefire-reports/." >&2
    exit 1
fi
