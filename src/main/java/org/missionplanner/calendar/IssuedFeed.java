package org.missionplanner.calendar;

import java.io.Serializable;

/**
 * A feed just issued: its secret is shown once and never stored. Serializable because it reaches the
 * next page as a flash attribute, in the session.
 */
public record IssuedFeed(long id, String secret) implements Serializable {

    /** The feed's path; the pages and the API put the application's address before it. */
    public String path() {
        return "/calendar/feed/" + secret + ".ics";
    }
}
