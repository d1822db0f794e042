#!/usr/bin/env sh
# Reliability run (issue 13): 20 clients edit 5 plans through the JSON API (bearer tokens, versions,
# 409 on a stale one) while
#   1. nothing else happens (SECONDS_LOAD, default 120 s);
#   2. PostgreSQL restarts (pg_ctlcluster, local cluster, root only; skipped with a message
#      otherwise, and by default while other databases of the server have client sessions:
#      while another test run uses the server or another database is busy, waiting RESTART_WAIT
#      seconds (default 60) for that to end: RESTART=force restarts anyway, RESTART=skip never;
#      SECONDS_RESTART, default 60 s of load);
#   3. the application instance is killed with kill -9 mid-write and started again, KILLS times
#      (default 3).
# Then it checks in the database that every acknowledged write is there (or a later one), that each
# task has exactly one lead, that positions are unique and without gaps, and versions consistent,
# and prints every figure beside its target (0 lost, 0 5xx other than 503 during an outage,
# recovery after the restart <= 30 s).
#
# Loopback only: the application runs as a JVM of its own on 127.0.0.1 (a free port), against a
# throwaway database mp_test_... of the test server (TEST_DATABASE_URL, default localhost:5432),
# which is dropped at the end, with the application process. About 7 minutes with the defaults.
# The report is printed and kept in target/reliability/report.txt (application logs: app-<n>.log).
#
#   scripts/reliability/run.sh
#   SECONDS_LOAD=30 SECONDS_RESTART=30 KILLS=1 scripts/reliability/run.sh   # a quick one
set -eu
cd "$(dirname "$0")/../.."
mkdir -p target/reliability
rm -f target/reliability/report.txt target/reliability/app-*.log
status=0
./mvnw -B -ntp test -Dtest=ReliabilityRun -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dreliability.clients="${CLIENTS:-20}" -Dreliability.plans="${PLANS:-5}" \
    -Dreliability.seconds="${SECONDS_LOAD:-120}" -Dreliability.restart-seconds="${SECONDS_RESTART:-60}" \
    -Dreliability.kills="${KILLS:-3}" -Dreliability.restart="${RESTART:-auto}" \
    -Dreliability.restart-wait-seconds="${RESTART_WAIT:-60}" -Dtest.database.synchronous-commit=on \
    -Dreliability.commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    "$@" >target/reliability/maven.log 2>&1 || status=$?
if [ -f target/reliability/report.txt ]; then
    cat target/reliability/report.txt
fi
if [ "$status" -ne 0 ]; then
    if grep -q "targets missed" target/reliability/maven.log; then
        echo "Targets missed (see above); details in target/reliability/." >&2
    else
        echo "The reliability run failed; see target/reliability/maven.log and target/surefire-reports/." >&2
    fi
fi
exit "$status"
