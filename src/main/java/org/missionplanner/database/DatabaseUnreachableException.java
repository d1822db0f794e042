package org.missionplanner.database;

import java.time.Duration;

/** The database stayed unreachable for the whole start-up wait; {@link DatabaseUnreachableFailureAnalyzer} says so in one message. */
class DatabaseUnreachableException extends RuntimeException {

    private final String host;
    private final Duration waited;

    DatabaseUnreachableException(String host, Duration waited, Throwable cause) {
        super("Database at " + host + " unreachable for " + waited.toSeconds() + " s", cause);
        this.host = host;
        this.waited = waited;
    }

    String host() {
        return host;
    }

    Duration waited() {
        return waited;
    }
}
