package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** Where a task stands, as its lead reports it. */
@NamedInterface("read-model")
public enum TaskStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    DONE,
    DROPPED
}
