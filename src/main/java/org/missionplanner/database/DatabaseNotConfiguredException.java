package org.missionplanner.database;

/** No database is configured; {@link DatabaseNotConfiguredFailureAnalyzer} turns it into one clear message. */
class DatabaseNotConfiguredException extends RuntimeException {

    DatabaseNotConfiguredException() {
        super("No database configured: spring.datasource.url (SPRING_DATASOURCE_URL) is not set");
    }
}
