package org.missionplanner.plan;

/** Where a task stands, as its lead reports it. */
public enum TaskStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    DONE,
    DROPPED
}
