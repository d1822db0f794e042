#!/usr/bin/env sh
# Starts Mission Planner with class data sharing (CDS, "Class Data Sharing" in the Spring Boot
# reference): the JVM maps the classes of a previous run from an archive instead of reading,
# verifying and parsing them again, which shortens every start after the first.
#
#   deploy/run.sh [APPLICATION_JAR] [application arguments...]
#
# APPLICATION_JAR is either the executable jar built by ./mvnw package (default:
# target/mission-planner-*.jar), extracted once into APP_HOME (default: target/run) and again
# whenever the jar changes, or an application jar already extracted with its lib/ folder beside
# it (the Docker image: /app/application.jar).
# The first start, and the first after the application changed, makes a training run: the
# application starts against its database (migrating it if needed) and stops as soon as its
# context is ready (-Dspring.context.exit=onRefresh), writing the archive
# (-XX:ArchiveClassesAtExit). Then, and at every later start, the application starts with the
# archive (-XX:SharedArchiveFile). If the training run fails (the database unreachable, for
# example) the application starts without an archive and says why, as it always did.
#
# The database and everything else come from the usual environment variables
# (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD, PORT...). Further variables:
#   JAVA_OPTS         JVM options of both runs (for example -Xmx512m)
#   APP_HOME          where the jar is extracted (jar mode only; default: target/run)
#   APP_CDS_ARCHIVE   the archive file (default: application.jsa beside the extracted jar)
#   APP_CDS=false     no archive: the extracted application only
#   JAVA              the java command (default: java)
set -eu

JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"

if [ $# -gt 0 ] && [ "${1%.jar}" != "$1" ]; then
    jar="$1"
    shift
else
    jar=$(ls target/mission-planner-*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -n 1 || true)
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    echo "run.sh: no application jar (build it with ./mvnw package, or name it as the first argument)" >&2
    exit 2
fi

if [ -d "$(dirname "$jar")/lib" ]; then
    # Already extracted (the Docker image)
    app="$jar"
else
    home="${APP_HOME:-target/run}"
    app="$home/application.jar"
    if [ ! -f "$app" ] || [ "$jar" -nt "$app" ]; then
        echo "run.sh: extracting $jar into $home"
        rm -rf "$home"
        "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$home" --application-filename application.jar
        # The extracted jar is newer than its source from now on; its archive, if any, is gone with it
        touch "$app"
    fi
fi
archive="${APP_CDS_ARCHIVE:-$(dirname "$app")/application.jsa}"

# The archive holds the classes of one application build: older than the jar, it is trained again.
# Where it cannot be written (a read-only file system), there is no training run to waste.
if [ "${APP_CDS:-true}" != "false" ] && { [ ! -f "$archive" ] || [ "$app" -nt "$archive" ]; }; then
    if [ -f "$archive.none" ] && [ ! "$app" -nt "$archive.none" ]; then
        # This build's training run started the application but the JVM wrote no archive (a JVM
        # without a base CDS archive, for example): not tried again at every start
        APP_CDS=false
    elif [ ! -w "$(dirname "$archive")" ]; then
        echo "run.sh: $(dirname "$archive") is not writable; starting without a class data sharing archive" >&2
        APP_CDS=false
    fi
fi
if [ "${APP_CDS:-true}" != "false" ] && { [ ! -f "$archive" ] || [ "$app" -nt "$archive" ]; }; then
    echo "run.sh: training run for the class data sharing archive $archive"
    rm -f "$archive" "$archive.tmp"
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    if "$JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$archive.tmp" -Dspring.context.exit=onRefresh \
        -jar "$app" "$@"; then
        if [ -s "$archive.tmp" ]; then
            mv "$archive.tmp" "$archive"
            rm -f "$archive.none"
        else
            touch "$archive.none"
            echo "run.sh: the JVM wrote no class data sharing archive; starting without one (delete $archive.none to try again)" >&2
        fi
    else
        echo "run.sh: the training run failed; starting without a class data sharing archive" >&2
    fi
    rm -f "$archive.tmp"
fi

if [ "${APP_CDS:-true}" != "false" ] && [ -f "$archive" ]; then
    # shellcheck disable=SC2086
    exec "$JAVA" -XX:SharedArchiveFile="$archive" -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar "$app" "$@"
fi
# shellcheck disable=SC2086
exec "$JAVA" -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar "$app" "$@"
