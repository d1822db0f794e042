package org.missionplanner.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing database configuration as Spring Boot's "application failed to start" message. */
class DatabaseNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
        return new FailureAnalysis(
                "Mission Planner has no database configured: SPRING_DATASOURCE_URL (spring.datasource.url) is not set.",
                ConfiguredDatabaseRequirement.action(),
                cause);
    }
}
