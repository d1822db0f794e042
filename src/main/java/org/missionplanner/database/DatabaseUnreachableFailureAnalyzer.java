package org.missionplanner.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a database that stayed unreachable at start-up as one "application failed to start" message, without a stack trace. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                "Mission Planner could not reach its database at " + cause.host() + " for "
                        + cause.waited().toSeconds() + " s (" + cause.getCause().getMessage() + ").",
                "Start PostgreSQL or check SPRING_DATASOURCE_URL and the network; to wait longer at start-up, "
                        + "set APP_DATABASE_STARTUP_WAIT (for example 120s).",
                cause);
    }
}
