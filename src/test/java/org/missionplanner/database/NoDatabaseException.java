package org.missionplanner.database;

/** No database could be found or started; {@link NoDatabaseFailureAnalyzer} turns it into one clear message. */
class NoDatabaseException extends RuntimeException {

    NoDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
