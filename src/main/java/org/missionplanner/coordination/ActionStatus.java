package org.missionplanner.coordination;

/** Where an action item stands: open until it is done or dropped; a closed item may be reopened. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED
}
