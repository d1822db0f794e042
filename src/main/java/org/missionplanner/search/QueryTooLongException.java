package org.missionplanner.search;

/** A search text longer than {@link Search#MAX_QUERY_LENGTH} characters. */
public class QueryTooLongException extends RuntimeException {

    QueryTooLongException(int length) {
        super("Search text of " + length + " characters");
    }
}
