package org.missionplanner.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing database as Spring Boot's "application failed to start" message, without a stack trace. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        return new FailureAnalysis("Mission Planner found no database.", DatabaseDiscovery.noDatabaseMessage(), cause);
    }
}
